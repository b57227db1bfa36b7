package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.helsebro.platform.guard.FreeText;

/** Records a check-in. */
@Serdeable
record NewCheckIn(@NotNull LocalDate heldOn, @NotBlank @Size(max = 1000) @FreeText String note) {}
