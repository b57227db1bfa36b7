package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import no.helsebro.mentoring.routing.Ladder;

/**
 * Where a question stands on the ladder: each rung with when it is due, when it was taken and how
 * many members it reached. Names of those it was offered to are not shown.
 *
 * @param status OPEN (climbing), ANSWERED, or CLOSED (hidden, locked or closed in the forum)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record QuestionRoutingView(
    long topicId,
    String title,
    Instant askedAt,
    String status,
    @Nullable Instant answeredAt,
    List<Step> steps) {

  /** One rung of the ladder. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Step(
      Ladder.Stage stage, int round, Instant dueAt, @Nullable Instant doneAt, int offered) {}
}
