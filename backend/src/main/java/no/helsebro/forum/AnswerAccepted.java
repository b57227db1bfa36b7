package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A reply was accepted as the answer to a question (by the asker or a coordinator). Published to
 * the change feed inside the accepting transaction, next to {@link TopicChanged} {@code
 * ANSWER_ACCEPTED}.
 *
 * @param answerAuthorId who wrote the answer (null if their account was deleted)
 */
@Serdeable
@FeedType("forum.answer-accepted")
public record AnswerAccepted(
    long topicId, long postId, @Nullable Long answerAuthorId, long acceptedById)
    implements FeedEvent {
  @Override
  public Long subjectId() {
    return topicId;
  }
}
