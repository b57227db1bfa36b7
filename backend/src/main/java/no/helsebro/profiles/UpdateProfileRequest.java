package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.helsebro.platform.guard.FreeText;

/** The whole profile form; lists replace what was there, null lists mean empty. */
@Serdeable
public record UpdateProfileRequest(
    @NotBlank @Size(max = 100) @FreeText String displayName,
    @Nullable @Size(max = 120) @FreeText String title,
    @Nullable @Size(max = 200) @FreeText String organisation,
    @Nullable Long backgroundId,
    @Nullable Long workplaceTypeId,
    @Nullable Long regionId,
    @Nullable Long countyId,
    @Nullable @Size(max = 30) List<Long> systemsUsed,
    @Nullable @Size(max = 30) List<Long> systemsKnown,
    @Nullable @Size(max = 30) List<Long> expertise,
    @Nullable @Size(max = 20) List<Long> languages,
    @Nullable @Size(max = 2000) @FreeText String bio,
    @Nullable ShiftPattern shiftPattern) {}
