package no.helsebro.groups;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface GroupFollowRepository extends GenericRepository<GroupFollow, Long> {

  boolean existsByGroupIdAndMemberId(long groupId, long memberId);

  @Query("SELECT group_id FROM peer_group_follows WHERE member_id = :memberId")
  List<Long> followedBy(long memberId);

  @Query("SELECT member_id FROM peer_group_follows WHERE group_id = :groupId")
  List<Long> followers(long groupId);

  /** Answers 1 when the member did not follow the group before, else 0. */
  @Query(
      "INSERT IGNORE INTO peer_group_follows (group_id, member_id, created_at)"
          + " VALUES (:groupId, :memberId, :now)")
  int follow(long groupId, long memberId, Instant now);

  /** Answers 1 when the member followed the group, else 0. */
  @Query("DELETE FROM peer_group_follows WHERE group_id = :groupId AND member_id = :memberId")
  int unfollow(long groupId, long memberId);
}
