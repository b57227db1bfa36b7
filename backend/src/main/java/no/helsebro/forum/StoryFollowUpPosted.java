package no.helsebro.forum;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * The author of an implementation story added a dated follow-up to it. Not in the first event
 * catalogue: added because the topic page and the lists (last activity) show it. Published to the
 * change feed inside the writing transaction.
 */
@Serdeable
@FeedType("forum.story-follow-up-posted")
public record StoryFollowUpPosted(long topicId, long followUpId, long authorId)
    implements FeedEvent {
  @Override
  public Long subjectId() {
    return topicId;
  }
}
