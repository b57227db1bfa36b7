package no.helsebro.insights;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Dismisses one reason of an entry until a newer fact brings it back. */
@Serdeable
public record RadarDismissRequest(@NotNull RadarReason reason) {}
