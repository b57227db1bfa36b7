package no.helsebro.insights;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/** An action for a member on the radar; GROUP needs groupId, MENTOR needs mentorId. */
@Serdeable
public record RadarActionRequest(
    @NotNull RadarAction action,
    @Nullable Long groupId,
    @Nullable Long mentorId,
    @Nullable @Size(max = 1000) @FreeText String note) {}
