package no.helsebro.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/** A group a coordinator makes, named in both languages. */
@Serdeable
public record NewGroupRequest(
    @NotBlank @Size(min = 3, max = 120) @FreeText String nameNb,
    @NotBlank @Size(min = 3, max = 120) @FreeText String nameEn,
    @Nullable @Size(max = 500) @FreeText String descriptionNb,
    @Nullable @Size(max = 500) @FreeText String descriptionEn) {}
