package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.helsebro.platform.guard.FreeText;

/**
 * Asks for an optimal assignment of these mentees to mentors with free places. The message goes
 * with every request the proposal creates when confirmed.
 */
@Serdeable
record NewCohortProposal(
    @NotEmpty @Size(max = 5000) List<@NotNull Long> menteeIds,
    @NotBlank @Size(max = 2000) @FreeText String message) {}
