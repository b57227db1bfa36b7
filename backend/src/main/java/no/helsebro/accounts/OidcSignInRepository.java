package no.helsebro.accounts;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * Provider sign-ins under way (by the hash of their state) and the provider subjects linked to
 * members.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OidcSignInRepository
    extends GenericRepository<OidcSignInRepository.PendingSignIn, String> {

  /** A row of {@code oidc_sign_ins}: what the callback needs to finish the sign-in. */
  @MappedEntity("oidc_sign_ins")
  @Introspected
  record PendingSignIn(
      @Id String stateHash,
      String codeVerifier,
      String nonce,
      @Nullable String nextPath,
      Instant createdAt) {}

  @Query("DELETE FROM oidc_sign_ins WHERE created_at < :before")
  void forgetStartedBefore(Instant before);

  @Query(
      "INSERT INTO oidc_sign_ins (state_hash, code_verifier, nonce, next_path, created_at)"
          + " VALUES (:stateHash, :codeVerifier, :nonce, :nextPath, :createdAt)")
  void start(
      String stateHash,
      String codeVerifier,
      String nonce,
      @Nullable String nextPath,
      Instant createdAt);

  /** The sign-in with this state, locked until the transaction ends. */
  @Query(
      "SELECT state_hash, code_verifier, nonce, next_path, created_at FROM oidc_sign_ins"
          + " WHERE state_hash = :stateHash FOR UPDATE")
  Optional<PendingSignIn> lockPending(String stateHash);

  @Query("DELETE FROM oidc_sign_ins WHERE state_hash = :stateHash")
  void forget(String stateHash);

  @Query("SELECT member_id FROM oidc_identities WHERE issuer = :issuer AND subject = :subject")
  Optional<Long> memberLinkedTo(String issuer, String subject);

  @Query(
      "INSERT INTO oidc_identities (member_id, issuer, subject, linked_at)"
          + " VALUES (:memberId, :issuer, :subject, :linkedAt)")
  void link(long memberId, String issuer, String subject, Instant linkedAt);
}
