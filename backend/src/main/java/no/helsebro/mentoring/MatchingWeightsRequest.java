package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** New weights: one per factor, each 0-10. */
@Serdeable
record MatchingWeightsRequest(@NotNull Map<String, Integer> weights) {}
