package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/** How far each member has read each topic (read back by the topic list and page queries). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReadMarkRepository extends GenericRepository<ReadMarkRepository.ReadMark, Long> {

  /** A row of {@code forum_reads}; its key is (member_id, topic_id). */
  @MappedEntity("forum_reads")
  record ReadMark(@Id long memberId, long topicId, int lastReadPostNumber, Instant updatedAt) {}

  /** Marks the topic read up to this post; a mark never moves back. */
  @Query(
      "INSERT INTO forum_reads (member_id, topic_id, last_read_post_number, updated_at)"
          + " VALUES (:memberId, :topicId, :postNumber, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE"
          + " last_read_post_number = GREATEST(last_read_post_number,"
          + " VALUES(last_read_post_number)), updated_at = VALUES(updated_at)")
  void readUpTo(long memberId, long topicId, int postNumber);

  void deleteByMemberId(long memberId);
}
