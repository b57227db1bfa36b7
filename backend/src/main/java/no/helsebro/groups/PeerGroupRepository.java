package no.helsebro.groups;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PeerGroupRepository extends CrudRepository<PeerGroup, Long> {

  List<PeerGroup> findByIdIn(Collection<Long> ids);

  @Query("SELECT * FROM peer_groups ORDER BY id")
  List<PeerGroup> allInOrder();

  /** Makes the automatic group of a term unless it exists (the unique key keeps one). */
  @Query("INSERT IGNORE INTO peer_groups (kind, term_id, created_at) VALUES (:kind, :termId, :now)")
  void ensureAuto(String kind, long termId, Instant now);

  Optional<Long> findIdByKindAndTermId(GroupKind kind, long termId);

  /** The automatic group of a term, made the first time someone needs it. */
  default long autoGroup(GroupKind kind, long termId) {
    ensureAuto(kind.name(), termId, GroupClock.now());
    return findIdByKindAndTermId(kind, termId).orElseThrow();
  }
}
