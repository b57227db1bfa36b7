package no.helsebro.platform.audit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.helsebro.platform.database.JdbcQueries;

/**
 * Reads the append-only audit log that {@link AuditLog} writes: the one place with SQL on {@code
 * audit_log} besides the writer, so that the moderation module's coordinators' view filters and
 * pages it without naming the table (ADR 0024). Never writes (docs/adr/0301).
 */
@Singleton
public class AuditTrail {

  /**
   * Which entries: each non-null part narrows the search.
   *
   * @param systemOnly only entries without an acting member
   * @param actorNameStart the actor's name at the time starts with this (no wildcards)
   * @param before entries that occurred before this instant
   */
  public record Filter(
      @Nullable String action,
      boolean systemOnly,
      @Nullable Long actorId,
      @Nullable String actorNameStart,
      @Nullable String targetType,
      @Nullable Long targetId,
      @Nullable Instant from,
      @Nullable Instant before) {}

  // Hand-written SQL: the writer's repository declares inserts only (ADR 0301), so reads are here.
  private final JdbcQueries db;

  AuditTrail(JdbcQueries db) {
    this.db = db;
  }

  /**
   * The entries that match, newest first ({@code details} as the JSON the writer stored); at most
   * {@code limit} from {@code offset}.
   */
  public List<AuditEntryRow> find(Filter f, int limit, long offset) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (f.action() != null) {
      where.append(" AND action = ?");
      params.add(f.action());
    }
    if (f.systemOnly()) {
      where.append(" AND actor_id IS NULL");
    }
    if (f.actorId() != null) {
      where.append(" AND actor_id = ?");
      params.add(f.actorId());
    }
    if (f.actorNameStart() != null) {
      where.append(" AND actor_name LIKE ?");
      params.add(
          f.actorNameStart().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (f.targetType() != null) {
      where.append(" AND target_type = ?");
      params.add(f.targetType());
    }
    if (f.targetId() != null) {
      where.append(" AND target_id = ?");
      params.add(f.targetId());
    }
    if (f.from() != null) {
      where.append(" AND occurred_at >= ?");
      params.add(f.from());
    }
    if (f.before() != null) {
      where.append(" AND occurred_at < ?");
      params.add(f.before());
    }
    params.add(limit);
    params.add(offset);
    // Hand-written SQL: the WHERE is composed of the filters a coordinator gave, at run time.
    return db.list(
        "SELECT id, occurred_at, actor_id, actor_name, action, target_type, target_id,"
            + " reason, details FROM audit_log"
            + where
            + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
        rs ->
            new AuditEntryRow(
                rs.getLong("id"),
                JdbcQueries.instant(rs, "occurred_at"),
                JdbcQueries.nullableLong(rs, "actor_id"),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("target_type"),
                JdbcQueries.nullableLong(rs, "target_id"),
                rs.getString("reason"),
                rs.getString("details")),
        params.toArray());
  }

  /** The actions that occur in the log, in order. */
  public List<String> actions() {
    return db.list("SELECT DISTINCT action FROM audit_log ORDER BY action", rs -> rs.getString(1));
  }
}
