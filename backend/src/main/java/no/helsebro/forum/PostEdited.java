package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A post was edited: its body, or for an opening post also the topic's title, tags, systems, fields
 * or story sections. Published to the change feed inside the editing transaction.
 *
 * @param postId the edited post
 * @param topicId its topic
 * @param postNumber its number in the thread (1 is the opening post)
 * @param authorId who wrote it (null if their account was deleted)
 * @param editorId who edited it (the author, or a coordinator)
 */
@Serdeable
@FeedType("forum.post-edited")
public record PostEdited(
    long postId, long topicId, int postNumber, @Nullable Long authorId, long editorId)
    implements FeedEvent {
  @Override
  public Long subjectId() {
    return topicId;
  }
}
