package no.helsebro.groups;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A member started (or stopped, {@code following = false}) following a peer group: the
 * notifications module can tell followers about the group's new questions.
 */
@Serdeable
@FeedType("groups.group-followed")
public record GroupFollowed(long groupId, long memberId, boolean following) implements FeedEvent {
  @Override
  public Long subjectId() {
    return groupId;
  }
}
