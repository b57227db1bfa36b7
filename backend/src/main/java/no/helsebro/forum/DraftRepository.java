package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Members' unsent writing (ADR 0204), as {@link ForumDtos.DraftView}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DraftRepository extends GenericRepository<DraftRepository.Draft, Long> {

  /**
   * A row of {@code forum_drafts}; its key is (member_id, draft_key), only the statements below use
   * it.
   */
  @MappedEntity("forum_drafts")
  record Draft(@Id long memberId, String draftKey, String payload, Instant updatedAt) {}

  @Query(
      "SELECT draft_key AS `key`, payload, updated_at FROM forum_drafts"
          + " WHERE member_id = :memberId AND draft_key = :key")
  Optional<ForumDtos.DraftView> find(long memberId, String key);

  /** The member's latest hundred drafts, newest first. */
  @Query(
      "SELECT draft_key AS `key`, payload, updated_at FROM forum_drafts"
          + " WHERE member_id = :memberId ORDER BY updated_at DESC LIMIT 100")
  List<ForumDtos.DraftView> latest(long memberId);

  @Query(
      "INSERT INTO forum_drafts (member_id, draft_key, payload, updated_at)"
          + " VALUES (:memberId, :key, :payload, :at)"
          + " ON DUPLICATE KEY UPDATE payload = VALUES(payload), updated_at = VALUES(updated_at)")
  void save(long memberId, String key, String payload, Instant at);

  @Query("DELETE FROM forum_drafts WHERE member_id = :memberId AND draft_key = :key")
  void delete(long memberId, String key);

  /** All the member's drafts (their data export). */
  @Query(
      "SELECT draft_key AS `key`, payload, updated_at FROM forum_drafts WHERE member_id = :memberId")
  List<ForumMemberData.ExportedDraft> allOf(long memberId);

  void deleteByMemberId(long memberId);
}
