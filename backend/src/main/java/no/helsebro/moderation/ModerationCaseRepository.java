package no.helsebro.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A post's case (docs/adr/0300): its row serialises every flag and decision on the post (locked
 * with {@link #lock}); open while {@code open_since} is set.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ModerationCaseRepository
    extends GenericRepository<ModerationCaseRepository.ModerationCase, Long> {

  /** A row of {@code moderation_cases}. */
  @MappedEntity("moderation_cases")
  record ModerationCase(
      @Id long postId, @Nullable Instant openSince, @Nullable Instant autoHiddenAt) {}

  boolean existsById(long postId);

  @Query("INSERT IGNORE INTO moderation_cases (post_id) VALUES (:postId)")
  void ensure(long postId);

  /** The post's case, locked for the rest of the transaction. */
  @Query("SELECT * FROM moderation_cases WHERE post_id = :postId FOR UPDATE")
  Optional<ModerationCase> lock(long postId);

  @Query(
      "UPDATE moderation_cases SET open_since = COALESCE(open_since, :now) WHERE post_id = :postId")
  void open(long postId, Instant now);

  @Query("UPDATE moderation_cases SET auto_hidden_at = :now WHERE post_id = :postId")
  void autoHidden(long postId, Instant now);

  @Query(
      "UPDATE moderation_cases SET open_since = NULL, auto_hidden_at = NULL WHERE post_id = :postId")
  void close(long postId);

  /** Open cases, oldest first (the review queue). */
  @Query(
      "SELECT * FROM moderation_cases WHERE open_since IS NOT NULL"
          + " ORDER BY open_since, post_id LIMIT :limit OFFSET :offset")
  List<ModerationCase> oldestOpen(int limit, long offset);

  long countByOpenSinceIsNotNull();
}
