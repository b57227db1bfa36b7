package no.helsebro.groups;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code peer_group_members}: ACTIVE or LEFT, AUTO (from the profile) or JOINED (by
 * choice). Its key is (group_id, member_id); {@link GroupMemberRepository} writes it by @Query
 * only, so the {@code @Id} on the group serves the mapping alone.
 */
@MappedEntity("peer_group_members")
record GroupMember(
    @Id long groupId, long memberId, String status, String source, Instant changedAt) {

  boolean active() {
    return "ACTIVE".equals(status);
  }
}
