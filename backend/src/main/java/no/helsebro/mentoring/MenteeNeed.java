package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code mentee_needs}: what a mentee is looking for (their terms are apart). */
@MappedEntity("mentee_needs")
record MenteeNeed(
    @Id long memberId,
    @Nullable String goals,
    @Nullable Long workplaceTypeId,
    @Nullable Long regionId,
    @Nullable Long languageId,
    int availability,
    boolean sameRegion,
    boolean sameBackground,
    Instant updatedAt) {}
