package no.helsebro.mentoring;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MatchingWeightRepository extends GenericRepository<MatchingWeight, String> {

  List<MatchingWeight> findAll();

  /** The weight changed last. */
  Optional<MatchingWeight> findFirstOrderByUpdatedAtDesc();

  @Query(
      "INSERT INTO matching_weights (factor, weight, updated_by) VALUES (:factor, :weight, :by)"
          + " ON DUPLICATE KEY UPDATE weight = VALUES(weight), updated_by = VALUES(updated_by),"
          + " updated_at = CURRENT_TIMESTAMP(6)")
  void set(String factor, int weight, long by);
}
