package no.helsebro.insights;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** The one row saying when the insights figures were last rebuilt (docs/adr/0550). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface InsightsRebuildRepository
    extends GenericRepository<InsightsRebuildRepository.Rebuild, Integer> {

  /** The row of {@code insights_rebuilds} (its id is always 1). */
  @MappedEntity("insights_rebuilds")
  record Rebuild(@Id int id, Instant finishedAt, long tookMs) {}

  long count();

  @Query("SELECT finished_at FROM insights_rebuilds WHERE id = 1")
  Optional<Instant> finishedAt();

  @Query(
      "INSERT INTO insights_rebuilds (id, finished_at, took_ms) VALUES (1, :at, :tookMs)"
          + " ON DUPLICATE KEY UPDATE finished_at = VALUES(finished_at), took_ms = VALUES(took_ms)")
  void finished(Instant at, long tookMs);
}
