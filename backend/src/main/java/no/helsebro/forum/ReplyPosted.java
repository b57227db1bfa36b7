package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A reply was posted. Published inside the posting transaction: a listener that writes (a
 * notification, a routing update) commits or rolls back with the reply. Also written to the change
 * feed.
 *
 * @param topicId the topic replied to
 * @param postId the new post
 * @param postNumber its number in the thread (2 and up)
 * @param authorId who replied
 * @param topicAuthorId who started the topic (null if their account was deleted)
 * @param topicKind the kind of topic
 * @param replyToAuthorId the author of the post replied to, when the reply names one
 * @param postedAt when
 */
@Serdeable
@FeedType("forum.reply-posted")
public record ReplyPosted(
    long topicId,
    long postId,
    int postNumber,
    long authorId,
    @Nullable Long topicAuthorId,
    TopicKind topicKind,
    @Nullable Long replyToAuthorId,
    Instant postedAt)
    implements FeedEvent {

  @Override
  public Long subjectId() {
    return topicId;
  }

  /**
   * Whether this reply answers the topic: it is by someone other than the member who started it
   * (docs/adr/0406; the forum's one rule for "answered").
   */
  public boolean answersTopic() {
    return Answers.answers(topicAuthorId, authorId);
  }
}
