package no.helsebro.platform.idempotency;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/**
 * The keys of creating requests ({@link Idempotency}). The insert is a plain INSERT on purpose: a
 * twin request's row makes it fail, which rolls the creating transaction back (ADR 0108).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface IdempotencyKeyRepository
    extends GenericRepository<IdempotencyKeyRepository.IdempotencyKey, Long> {

  /** A row of {@code idempotency_keys}; its key is (member_id, idem_key), used only below. */
  @MappedEntity("idempotency_keys")
  record IdempotencyKey(@Id long memberId, String idemKey) {}

  /** What an earlier request with the key was and created. */
  @Introspected
  record Earlier(String requestHash, String resourceType, @Nullable Long resourceId) {}

  @Query(
      "INSERT INTO idempotency_keys (member_id, idem_key, request_hash, resource_type,"
          + " resource_id) VALUES (:memberId, :key, :requestHash, :resourceType, :resourceId)")
  void record(long memberId, String key, String requestHash, String resourceType, long resourceId);

  @Query(
      "SELECT request_hash, resource_type, resource_id FROM idempotency_keys"
          + " WHERE member_id = :memberId AND idem_key = :key")
  Optional<Earlier> find(long memberId, String key);

  @Query("DELETE FROM idempotency_keys WHERE member_id = :memberId")
  void forget(long memberId);
}
