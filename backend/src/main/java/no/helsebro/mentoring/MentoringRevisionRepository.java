package no.helsebro.mentoring;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The one row of {@code mentoring_revision} ({@link MentoringRevision}). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MentoringRevisionRepository
    extends GenericRepository<MentoringRevisionRepository.Revision, Integer> {

  /** The row: id 1, written by the migration. */
  @MappedEntity("mentoring_revision")
  record Revision(@Id int id, long revision) {}

  @Query("SELECT revision FROM mentoring_revision WHERE id = 1")
  Optional<Long> current();

  @Query("UPDATE mentoring_revision SET revision = revision + 1 WHERE id = 1")
  void bump();
}
