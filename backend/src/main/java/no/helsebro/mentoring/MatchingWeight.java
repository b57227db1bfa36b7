package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code matching_weights}: one factor's weight and who set it last. */
@MappedEntity("matching_weights")
record MatchingWeight(@Id String factor, int weight, Instant updatedAt, @Nullable Long updatedBy) {}
