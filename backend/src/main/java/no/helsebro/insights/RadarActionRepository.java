package no.helsebro.insights;

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

/** What coordinators did for members on the radar (docs/adr/0552). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RadarActionRepository
    extends GenericRepository<RadarActionRepository.RadarActionTaken, Long> {

  /** A row of {@code insights_radar_actions}. */
  @MappedEntity("insights_radar_actions")
  record RadarActionTaken(
      @Id @GeneratedValue long id,
      long memberId,
      RadarAction action,
      @Nullable Long targetId,
      Instant takenAt,
      @Nullable Long takenBy) {}

  @Query(
      "INSERT INTO insights_radar_actions (member_id, action, target_id, taken_at, taken_by)"
          + " VALUES (:memberId, :action, :targetId, :at, :by)")
  void add(long memberId, String action, @Nullable Long targetId, Instant at, long by);

  /** The members' actions, newest first. */
  @Query(
      "SELECT * FROM insights_radar_actions WHERE member_id IN (:memberIds)"
          + " ORDER BY taken_at DESC")
  List<RadarActionTaken> ofMembers(Collection<Long> memberIds);
}
