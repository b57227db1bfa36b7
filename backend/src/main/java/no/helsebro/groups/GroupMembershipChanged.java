package no.helsebro.groups;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A member joined ({@code member = true}) or left a peer group by choice. Memberships that follow
 * the profile (automatic groups) change without an event: {@link PeerGroups#groupsOf} answers.
 */
@Serdeable
@FeedType("groups.membership-changed")
public record GroupMembershipChanged(long groupId, long memberId, boolean member)
    implements FeedEvent {
  @Override
  public Long subjectId() {
    return groupId;
  }
}
