package no.helsebro.insights;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Radar reasons a coordinator dismissed, per member (docs/adr/0552). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RadarDismissalRepository
    extends GenericRepository<RadarDismissalRepository.RadarDismissal, Long> {

  /**
   * A row of {@code insights_radar_dismissals}; its key is (member_id, reason), only the statements
   * below use it.
   */
  @MappedEntity("insights_radar_dismissals")
  record RadarDismissal(
      @Id long memberId, RadarReason reason, Instant dismissedAt, @Nullable Long dismissedBy) {}

  @Query("SELECT * FROM insights_radar_dismissals")
  List<RadarDismissal> all();

  @Query(
      "INSERT INTO insights_radar_dismissals (member_id, reason, dismissed_at, dismissed_by)"
          + " VALUES (:memberId, :reason, :at, :by) ON DUPLICATE KEY UPDATE"
          + " dismissed_at = VALUES(dismissed_at), dismissed_by = VALUES(dismissed_by)")
  void dismiss(long memberId, String reason, Instant at, long by);
}
