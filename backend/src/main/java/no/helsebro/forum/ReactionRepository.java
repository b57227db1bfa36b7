package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/**
 * Members' reactions to posts, one of each kind per member and post: {@code H} (helpful) and {@code
 * T} (thanks). The counters they move are the post's and topic's ({@code RecognisePost}).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReactionRepository extends GenericRepository<ReactionRepository.Reaction, Long> {

  /**
   * A row of {@code forum_reactions}; its key is (post_id, member_id, kind), only the statements
   * below use it.
   */
  @MappedEntity("forum_reactions")
  record Reaction(@Id long postId, long memberId, String kind) {}

  /** Adds the reaction; answers 1, or 0 when the member had already reacted so. */
  @Query(
      "INSERT IGNORE INTO forum_reactions (post_id, member_id, kind)"
          + " VALUES (:postId, :memberId, :kind)")
  int add(long postId, long memberId, String kind);

  /** Takes the reaction back; answers 1, or 0 when there was none. */
  @Query(
      "DELETE FROM forum_reactions WHERE post_id = :postId AND member_id = :memberId"
          + " AND kind = :kind")
  int remove(long postId, long memberId, String kind);

  /** The post's counts and what the member has given it. */
  @Query(
      "SELECT p.helpful_count, p.thanks_count,"
          + " EXISTS(SELECT 1 FROM forum_reactions r WHERE r.post_id = p.id"
          + " AND r.member_id = :memberId AND r.kind = 'H') AS marked_helpful,"
          + " EXISTS(SELECT 1 FROM forum_reactions r WHERE r.post_id = p.id"
          + " AND r.member_id = :memberId AND r.kind = 'T') AS thanked"
          + " FROM forum_posts p WHERE p.id = :postId")
  Optional<ForumDtos.ReactionView> view(long postId, long memberId);
}
