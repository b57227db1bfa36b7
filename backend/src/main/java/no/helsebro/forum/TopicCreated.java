package no.helsebro.forum;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A topic was started. Published inside the creating transaction, to in-process listeners and to
 * the change feed.
 */
@Serdeable
@FeedType("forum.topic-created")
public record TopicCreated(
    long topicId, long categoryId, TopicKind kind, long authorId, String title, Instant createdAt)
    implements FeedEvent {

  @Override
  public Long subjectId() {
    return topicId;
  }
}
