package no.helsebro.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Inserts only: nothing in Helsebro updates or deletes audit entries. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEntryRepository extends GenericRepository<AuditEntryRow, Long> {

  @Query(
      "INSERT INTO audit_log (actor_id, actor_name, action, target_type, target_id, reason, details)"
          + " VALUES (:actorId, :actorName, :action, :targetType, :targetId, :reason, :details)")
  void insert(
      @Nullable Long actorId,
      String actorName,
      String action,
      String targetType,
      @Nullable Long targetId,
      @Nullable String reason,
      @Nullable String details);
}
