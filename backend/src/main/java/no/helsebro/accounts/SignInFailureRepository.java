package no.helsebro.accounts;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** The failure counters of the sign-in throttle (ADR 0107), one row per hashed key. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SignInFailureRepository
    extends GenericRepository<SignInFailureRepository.SignInFailures, String> {

  /** A row of {@code sign_in_failures}: failures in a row under one key, and the last one. */
  @MappedEntity("sign_in_failures")
  record SignInFailures(@Id String keyHash, int failures, Instant lastFailureAt) {}

  Optional<SignInFailures> findByKeyHash(String keyHash);

  /** The counter, locked until the transaction ends, so two failures count as two. */
  @Query("SELECT * FROM sign_in_failures WHERE key_hash = :keyHash FOR UPDATE")
  Optional<SignInFailures> lockByKeyHash(String keyHash);

  @Query(
      "INSERT INTO sign_in_failures (key_hash, failures, last_failure_at)"
          + " VALUES (:keyHash, :failures, :lastFailureAt) ON DUPLICATE KEY UPDATE"
          + " failures = VALUES(failures), last_failure_at = VALUES(last_failure_at)")
  void put(String keyHash, int failures, Instant lastFailureAt);

  void deleteByKeyHash(String keyHash);
}
