package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/**
 * A member's forum counters ({@code ForumStore.MemberStat}): each adds a delta, never going below
 * zero, creating the member's row on first use.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MemberStatsRepository extends GenericRepository<MemberStatsRepository.MemberStats, Long> {

  /** A row of {@code forum_member_stats}. */
  @MappedEntity("forum_member_stats")
  record MemberStats(
      @Id long memberId,
      int topicCount,
      int replyCount,
      int helpfulReceived,
      int thanksReceived,
      int acceptedCount) {}

  Optional<MemberStats> findByMemberId(long memberId);

  Optional<Integer> findAcceptedCountByMemberId(long memberId);

  @Query(
      "INSERT INTO forum_member_stats (member_id, topic_count) VALUES (:memberId, GREATEST(:delta, 0))"
          + " ON DUPLICATE KEY UPDATE topic_count = GREATEST(topic_count + :delta, 0)")
  void addTopics(long memberId, int delta);

  @Query(
      "INSERT INTO forum_member_stats (member_id, reply_count) VALUES (:memberId, GREATEST(:delta, 0))"
          + " ON DUPLICATE KEY UPDATE reply_count = GREATEST(reply_count + :delta, 0)")
  void addReplies(long memberId, int delta);

  @Query(
      "INSERT INTO forum_member_stats (member_id, accepted_count)"
          + " VALUES (:memberId, GREATEST(:delta, 0))"
          + " ON DUPLICATE KEY UPDATE accepted_count = GREATEST(accepted_count + :delta, 0)")
  void addAcceptedAnswers(long memberId, int delta);

  @Query(
      "INSERT INTO forum_member_stats (member_id, helpful_received)"
          + " VALUES (:memberId, GREATEST(:delta, 0))"
          + " ON DUPLICATE KEY UPDATE helpful_received = GREATEST(helpful_received + :delta, 0)")
  void addHelpfulReceived(long memberId, int delta);

  @Query(
      "INSERT INTO forum_member_stats (member_id, thanks_received)"
          + " VALUES (:memberId, GREATEST(:delta, 0))"
          + " ON DUPLICATE KEY UPDATE thanks_received = GREATEST(thanks_received + :delta, 0)")
  void addThanksReceived(long memberId, int delta);
}
