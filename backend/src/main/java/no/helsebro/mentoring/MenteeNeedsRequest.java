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
 * What a mentee is looking for in a mentor.
 *
 * @param maxMentorships how many mentors they want at once (1-3; absent keeps what they said
 *     before, 1 at first; docs/adr/0407)
 */
@Serdeable
record MenteeNeedsRequest(
    @Nullable @Size(max = 20) List<@NotNull Long> systemIds,
    @Nullable @Size(max = 20) List<@NotNull Long> topicIds,
    @Nullable @Size(max = 2000) @FreeText String goals,
    @Nullable Long workplaceTypeId,
    @Nullable Long regionId,
    @Nullable Long languageId,
    @Nullable @Size(max = 6) List<@NotNull Shift> availability,
    boolean sameRegion,
    boolean sameBackground,
    @Nullable @Min(1) @Max(MenteePlaces.MOST) Integer maxMentorships) {

  /** Absent lists (the client may leave empty ones out) mean "none". */
  MenteeNeedsRequest {
    systemIds = systemIds == null ? List.of() : systemIds;
    topicIds = topicIds == null ? List.of() : topicIds;
    availability = availability == null ? List.of() : availability;
  }
}
