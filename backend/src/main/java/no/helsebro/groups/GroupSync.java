package no.helsebro.groups;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.profiles.ProfileFacts;
import no.helsebro.profiles.ProfileFacts.MemberFacts;

/**
 * Keeps automatic memberships in step with profiles: a member is in the group of their health
 * region and of each system they use or know, unless they left it (a LEFT row stays, so the profile
 * does not put them back). Groups they joined by choice are not touched.
 */
@Singleton
class GroupSync {

  private static final int BATCH = 1000;

  private final PeerGroupRepository groups;
  private final GroupMemberRepository memberships;
  private final ProfileFacts profiles;

  GroupSync(PeerGroupRepository groups, GroupMemberRepository memberships, ProfileFacts profiles) {
    this.groups = groups;
    this.memberships = memberships;
    this.profiles = profiles;
  }

  /** Brings one member's automatic memberships in line with their profile now. */
  @Transactional
  void syncMember(long memberId) {
    var facts = profiles.of(memberId);
    if (facts.isEmpty()) {
      memberships.deleteAutoRowsOf(memberId);
      return;
    }
    apply(facts.get(), memberships.findByMemberId(memberId), new HashMap<>());
  }

  /** Every member at once (the periodic reconciliation); returns how many rows changed. */
  int syncAll() {
    int changed = 0;
    Set<Long> active = new HashSet<>();
    Map<String, Long> groupIds = new HashMap<>();
    long after = 0;
    while (true) {
      List<MemberFacts> batch = profiles.activeMembers(after, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      changed += syncBatch(batch, groupIds);
      batch.forEach(f -> active.add(f.memberId()));
      after = batch.get(batch.size() - 1).memberId();
    }
    for (Long member : memberships.memberIdsWithRows()) {
      if (!active.contains(member)) {
        memberships.deleteAutoRowsOf(member);
      }
    }
    return changed;
  }

  @Transactional
  int syncBatch(List<MemberFacts> batch, Map<String, Long> groupIds) {
    Map<Long, List<GroupMember>> rows = new HashMap<>();
    for (GroupMember m :
        memberships.findByMemberIdIn(batch.stream().map(MemberFacts::memberId).toList())) {
      rows.computeIfAbsent(m.memberId(), k -> new ArrayList<>()).add(m);
    }
    int changed = 0;
    for (MemberFacts f : batch) {
      changed += apply(f, rows.getOrDefault(f.memberId(), List.of()), groupIds);
    }
    return changed;
  }

  private int apply(MemberFacts facts, List<GroupMember> existing, Map<String, Long> groupIds) {
    Set<Long> wanted = new HashSet<>();
    if (facts.regionId() != null) {
      wanted.add(groupId(GroupKind.REGION, facts.regionId(), groupIds));
    }
    for (Long system : facts.systemIds()) {
      wanted.add(groupId(GroupKind.SYSTEM, system, groupIds));
    }
    Map<Long, GroupMember> have = new HashMap<>();
    existing.forEach(m -> have.put(m.groupId(), m));
    int changed = 0;
    for (Long group : wanted) {
      if (!have.containsKey(group)) {
        memberships.set(group, facts.memberId(), "ACTIVE", "AUTO");
        changed++;
      }
    }
    for (GroupMember m : existing) {
      if (m.active() && "AUTO".equals(m.source()) && !wanted.contains(m.groupId())) {
        memberships.remove(m.groupId(), m.memberId());
        changed++;
      }
    }
    return changed;
  }

  private long groupId(GroupKind kind, long termId, Map<String, Long> cache) {
    return cache.computeIfAbsent(kind + ":" + termId, k -> groups.autoGroup(kind, termId));
  }
}
