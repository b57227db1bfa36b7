package no.helsebro.mentoring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Cohort proposals and their rows of {@code cohort_assignments} (written in multi-row inserts by
 * {@link CohortService}: a cohort of thousands is a handful of statements).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CohortProposalRepository extends CrudRepository<CohortProposal, Long> {

  /**
   * One mentee of a proposal and the mentor it was given, if any (a projection: each component is
   * read from the column of its name in snake case).
   */
  @Introspected
  record Pairing(long menteeId, @Nullable Long mentorId, int score) {}

  Optional<CohortProposal> findByIdForUpdate(Long id);

  @Query("UPDATE cohort_proposals SET status = :status, decided_at = :now WHERE id = :id")
  void decide(long id, String status, Instant now);

  @Query(
      "SELECT mentee_id, mentor_id, score FROM cohort_assignments WHERE proposal_id = :proposalId")
  List<Pairing> pairings(long proposalId);

  /** The proposal's mentees with a mentor, best score first. */
  @Query(
      "SELECT mentee_id, mentor_id, score FROM cohort_assignments WHERE proposal_id = :proposalId"
          + " AND mentor_id IS NOT NULL ORDER BY score DESC, mentee_id")
  List<Pairing> assigned(long proposalId);
}
