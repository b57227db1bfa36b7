package no.helsebro.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What a coordinator can offer a member on the radar: the nearest groups and mentors. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RadarOptionsView(List<NearestGroup> groups, List<MentorOption> mentors) {

  /**
   * A group to point the member to.
   *
   * @param peers members in it who share one of the member's systems
   * @param distance how far (in steps of the regions' order, south to north) the nearest of those
   *     peers is from the member's region; 0 for the same region, null when none share a system
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record NearestGroup(
      long groupId,
      String nameNb,
      String nameEn,
      int memberCount,
      int peers,
      @Nullable Integer distance) {}

  /** A mentor with free places, by how many of the member's systems they offer. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record MentorOption(
      long mentorId, String displayName, int sharedSystems, int freePlaces) {}
}
