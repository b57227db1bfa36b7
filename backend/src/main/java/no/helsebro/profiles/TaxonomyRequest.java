package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/** A new or changed term. {@code code} is fixed once created (it is what links point at). */
@Serdeable
public record TaxonomyRequest(
    @NotNull TaxonomyKind kind,
    @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "slug")
        String code,
    @NotBlank @Size(max = 120) @FreeText String nameNb,
    @NotBlank @Size(max = 120) @FreeText String nameEn,
    @Nullable Long parentId,
    @Nullable @Min(0) @Max(10000) Integer sortOrder,
    @Nullable Boolean archived) {}
