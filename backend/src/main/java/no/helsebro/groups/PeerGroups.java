package no.helsebro.groups;

import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The groups module's facade for other modules. Notifications: {@link #audience} is who should hear
 * of a question put to a group (its members and followers; the feed events {@link
 * GroupQuestionAsked}, {@link GroupFollowed} and {@link GroupMembershipChanged} say when).
 * Insights: {@link #all} and {@link #memberIds} to point an isolated member to the nearest groups.
 */
@Singleton
public class PeerGroups {

  private final GroupMemberRepository memberships;
  private final GroupFollowRepository follows;
  private final GroupReader reader;
  private final GroupSync sync;

  PeerGroups(
      GroupMemberRepository memberships,
      GroupFollowRepository follows,
      GroupReader reader,
      GroupSync sync) {
    this.memberships = memberships;
    this.follows = follows;
    this.reader = reader;
    this.sync = sync;
  }

  /** Every group, named, with its member count, as the given member sees it. */
  public List<GroupView> all(long readerId) {
    return reader.all(readerId);
  }

  /** The group as the given member sees it. */
  public java.util.Optional<GroupView> group(long groupId, long readerId) {
    return reader.one(groupId, readerId);
  }

  /** Ids of the group's active members. */
  public List<Long> memberIds(long groupId) {
    return memberships.activeMemberIds(groupId);
  }

  /** Ids of the members following the group. */
  public List<Long> followers(long groupId) {
    return follows.followers(groupId);
  }

  /** Groups the member is in now (not those they left). */
  public List<Long> groupsOf(long memberId) {
    return memberships.findByMemberId(memberId).stream()
        .filter(GroupMember::active)
        .map(GroupMember::groupId)
        .toList();
  }

  /** Members and followers of the group: who hears of a question put to it. */
  public Set<Long> audience(long groupId) {
    Set<Long> out = new LinkedHashSet<>(memberships.activeMemberIds(groupId));
    out.addAll(follows.followers(groupId));
    return out;
  }

  /** Brings the member's automatic memberships in line with their profile now. */
  public void profileChanged(long memberId) {
    sync.syncMember(memberId);
  }
}
