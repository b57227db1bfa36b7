package no.helsebro.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A member on the isolation radar, with the minimum a coordinator needs: why, since when, and what
 * was done. Never message content.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RadarEntryView(
    long memberId, String displayName, List<Reason> reasons, List<ActionTaken> actions) {

  /**
   * One reason.
   *
   * @param since the newest fact behind it (the last unanswered question, the last request), if any
   * @param count how many (questions, requests), where that means something
   * @param termIds the region and systems concerned
   * @param topicIds the unanswered questions (links only)
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Reason(
      RadarReason reason,
      @Nullable Instant since,
      int count,
      List<Long> termIds,
      List<Long> topicIds) {}

  /** An action a coordinator took for the member. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ActionTaken(
      RadarAction action, Instant takenAt, @Nullable String takenBy, @Nullable Long targetId) {}
}
