package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.helsebro.mentoring.matching.Shift;
import no.helsebro.platform.guard.FreeText;

/**
 * Opting in as a mentor, or changing the mentor profile. Ids are taxonomy term ids of the kind the
 * field names.
 */
@Serdeable
record MentorProfileRequest(
    @Nullable @Size(max = 40) List<@NotNull Long> systemIds,
    @Nullable @Size(max = 20) List<@NotNull Long> topicIds,
    @Nullable @Size(max = 20) List<@NotNull Long> workplaceTypeIds,
    @Nullable @Size(max = 10) List<@NotNull Long> regionIds,
    @Nullable @Size(max = 10) List<@NotNull Long> languageIds,
    @NotNull @Min(1) @Max(20) Integer capacity,
    @Nullable @Size(max = 6) List<@NotNull Shift> availability,
    @NotNull ContactMode contactMode,
    @Nullable @Size(max = 1000) @FreeText String introduction,
    boolean paused) {

  /** Absent lists (the client may leave empty ones out) mean "none". */
  MentorProfileRequest {
    systemIds = systemIds == null ? List.of() : systemIds;
    topicIds = topicIds == null ? List.of() : topicIds;
    workplaceTypeIds = workplaceTypeIds == null ? List.of() : workplaceTypeIds;
    regionIds = regionIds == null ? List.of() : regionIds;
    languageIds = languageIds == null ? List.of() : languageIds;
    availability = availability == null ? List.of() : availability;
  }

  /** The same profile mentoring in one language. */
  MentorProfileRequest withLanguage(long languageId) {
    return new MentorProfileRequest(
        systemIds,
        topicIds,
        workplaceTypeIds,
        regionIds,
        List.of(languageId),
        capacity,
        availability,
        contactMode,
        introduction,
        paused);
  }
}
