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

  private final GroupStore store;
  private final GroupReader reader;
  private final GroupSync sync;

  PeerGroups(GroupStore store, GroupReader reader, GroupSync sync) {
    this.store = store;
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
    return store.memberIds(groupId);
  }

  /** Ids of the members following the group. */
  public List<Long> followers(long groupId) {
    return store.followers(groupId);
  }

  /** Groups the member is in now (not those they left). */
  public List<Long> groupsOf(long memberId) {
    return store.membershipsOf(memberId).stream()
        .filter(GroupStore.Membership::active)
        .map(GroupStore.Membership::groupId)
        .toList();
  }

  /** Members and followers of the group: who hears of a question put to it. */
  public Set<Long> audience(long groupId) {
    Set<Long> out = new LinkedHashSet<>(store.memberIds(groupId));
    out.addAll(store.followers(groupId));
    return out;
  }

  /** Brings the member's automatic memberships in line with their profile now. */
  public void profileChanged(long memberId) {
    sync.syncMember(memberId);
  }
}
