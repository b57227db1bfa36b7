package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * An unanswered question was offered to members by one step of the routing ladder (docs/adr/0406):
 * peers, matched mentors, or coordinators. Only members offered the question for the first time are
 * listed. Published to the change feed inside the routing transaction.
 */
@Serdeable
@FeedType("mentoring.question-offered")
public record QuestionOffered(long topicId, Step step, List<Long> memberIds) implements FeedEvent {

  /** Who the step reached. */
  public enum Step {
    PEERS,
    MENTORS,
    COORDINATORS
  }

  @Override
  public Long subjectId() {
    return topicId;
  }
}
