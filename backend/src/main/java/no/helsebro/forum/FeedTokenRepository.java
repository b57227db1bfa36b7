package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Members' Atom feed tokens (ADR 0205): one per member. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedTokenRepository extends GenericRepository<FeedTokenRepository.FeedToken, Long> {

  /** A row of {@code forum_feed_tokens} ({@code created_at} by default). */
  @MappedEntity("forum_feed_tokens")
  record FeedToken(@Id long memberId, String token) {}

  @Query("SELECT token FROM forum_feed_tokens WHERE member_id = :memberId")
  Optional<String> tokenOf(long memberId);

  @Query("SELECT member_id FROM forum_feed_tokens WHERE token = :token")
  Optional<Long> memberWith(String token);

  /** Stores the token unless the member has one already (a concurrent request's). */
  @Query(
      "INSERT INTO forum_feed_tokens (member_id, token) VALUES (:memberId, :token)"
          + " ON DUPLICATE KEY UPDATE token = token")
  void keep(long memberId, String token);

  @Query("DELETE FROM forum_feed_tokens WHERE member_id = :memberId")
  void delete(long memberId);
}
