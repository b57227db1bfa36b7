package no.helsebro.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Members' flags on posts (docs/adr/0300). {@code is_open} is TRUE while open and NULL once
 * resolved, so the unique (post, flagger, is_open) allows one open flag per member and post.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ModerationFlagRepository
    extends GenericRepository<ModerationFlagRepository.ModerationFlag, Long> {

  /** A row of {@code moderation_flags}, as far as the queue reads it. */
  @MappedEntity("moderation_flags")
  record ModerationFlag(
      @Id @GeneratedValue long id,
      long postId,
      @Nullable Long flaggerId,
      FlagReason reason,
      @Nullable String note,
      boolean trusted,
      Instant createdAt) {}

  /** Writes an open flag (is_open takes its default, TRUE). */
  @Query(
      "INSERT INTO moderation_flags (post_id, flagger_id, reason, note, trusted, created_at)"
          + " VALUES (:postId, :flaggerId, :reason, :note, :trusted, :at)")
  void add(
      long postId,
      long flaggerId,
      String reason,
      @Nullable String note,
      boolean trusted,
      Instant at);

  /** The member's open flag on the post. */
  @Query(
      "SELECT id FROM moderation_flags WHERE post_id = :postId AND flagger_id = :flaggerId"
          + " AND is_open")
  Optional<Long> openOf(long postId, long flaggerId);

  @Query("SELECT COUNT(*) FROM moderation_flags WHERE post_id = :postId AND is_open")
  long open(long postId);

  @Query("SELECT COUNT(*) FROM moderation_flags WHERE post_id = :postId AND is_open AND trusted")
  long openTrusted(long postId);

  /** The open flags on the posts, oldest first. */
  @Query(
      "SELECT id, post_id, flagger_id, reason, note, trusted, created_at FROM moderation_flags"
          + " WHERE is_open AND post_id IN (:postIds) ORDER BY created_at, id")
  List<ModerationFlag> openOn(Collection<Long> postIds);

  /** Resolves the post's open flags; answers how many were open. */
  @Query(
      "UPDATE moderation_flags SET is_open = NULL, resolved_at = :now, resolved_by = :by,"
          + " resolution = :resolution WHERE post_id = :postId AND is_open")
  int resolve(long postId, long by, String resolution, Instant now);
}
