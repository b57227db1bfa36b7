package no.helsebro.forum;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Set;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A post (new or edited) mentions members with {@code [@Name](/members/id)}. Only members newly
 * mentioned by this write are listed. Published inside the writing transaction, to in-process
 * listeners and to the change feed.
 */
@Serdeable
@FeedType("forum.members-mentioned")
public record MembersMentioned(long topicId, long postId, long authorId, Set<Long> memberIds)
    implements FeedEvent {

  @Override
  public Long subjectId() {
    return topicId;
  }
}
