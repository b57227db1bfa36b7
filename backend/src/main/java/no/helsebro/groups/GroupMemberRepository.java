package no.helsebro.groups;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface GroupMemberRepository extends GenericRepository<GroupMember, Long> {

  /** Active members of one group (a projection: columns by the components' snake-case names). */
  @Introspected
  record GroupSize(long groupId, long members) {}

  List<GroupMember> findByMemberId(long memberId);

  List<GroupMember> findByMemberIdIn(Collection<Long> memberIds);

  Optional<GroupMember> findByGroupIdAndMemberId(long groupId, long memberId);

  @Query(
      "INSERT INTO peer_group_members (group_id, member_id, status, source, changed_at)"
          + " VALUES (:groupId, :memberId, :status, :source, :now) ON DUPLICATE KEY UPDATE"
          + " status = VALUES(status), source = VALUES(source), changed_at = VALUES(changed_at)")
  void upsert(long groupId, long memberId, String status, String source, Instant now);

  /** Adds or updates a membership row; true when the member's status in the group changed. */
  default boolean set(long groupId, long memberId, String status, String source) {
    Optional<GroupMember> before = findByGroupIdAndMemberId(groupId, memberId);
    if (before.isPresent()
        && before.get().status().equals(status)
        && before.get().source().equals(source)) {
      return false;
    }
    upsert(groupId, memberId, status, source, GroupClock.now());
    return before.map(b -> !b.status().equals(status)).orElse(true);
  }

  @Query("DELETE FROM peer_group_members WHERE group_id = :groupId AND member_id = :memberId")
  void remove(long groupId, long memberId);

  @Query("SELECT member_id FROM peer_group_members WHERE group_id = :groupId AND status = 'ACTIVE'")
  List<Long> activeMemberIds(long groupId);

  /** A page of active member ids, the newest in the group first. */
  @Query(
      "SELECT member_id FROM peer_group_members WHERE group_id = :groupId AND status = 'ACTIVE'"
          + " ORDER BY changed_at DESC, member_id LIMIT :size OFFSET :offset")
  List<Long> activeMemberIdPage(long groupId, int size, long offset);

  @Query("SELECT DISTINCT member_id FROM peer_group_members")
  List<Long> memberIdsWithRows();

  @Query(
      "DELETE FROM peer_group_members WHERE member_id = :memberId AND source = 'AUTO'"
          + " AND status = 'ACTIVE'")
  void deleteAutoRowsOf(long memberId);

  @Query(
      "SELECT group_id, COUNT(*) AS members FROM peer_group_members WHERE status = 'ACTIVE'"
          + " AND group_id IN (:groupIds) GROUP BY group_id")
  List<GroupSize> sizes(Collection<Long> groupIds);

  /** Active members per group. */
  default Map<Long, Integer> memberCounts(Collection<Long> groupIds) {
    Map<Long, Integer> out = new HashMap<>();
    if (!groupIds.isEmpty()) {
      sizes(groupIds).forEach(s -> out.put(s.groupId(), (int) s.members()));
    }
    return out;
  }
}
