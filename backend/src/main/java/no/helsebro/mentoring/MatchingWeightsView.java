package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/** The weight of each matching factor (0-10), and who changed them last. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MatchingWeightsView(
    Map<String, Integer> weights,
    int max,
    @Nullable Instant updatedAt,
    @Nullable MemberRef updatedBy) {}
