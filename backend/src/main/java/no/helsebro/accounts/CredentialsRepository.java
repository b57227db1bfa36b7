package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CredentialsRepository extends CrudRepository<Credentials, Long> {

  @Query(
      "UPDATE account_credentials SET password_hash = :hash, password_changed_at = :now"
          + " WHERE member_id = :memberId")
  void updatePassword(long memberId, String hash, Instant now);

  @Query("UPDATE account_credentials SET email_confirmed_at = :now WHERE member_id = :memberId")
  void markEmailConfirmed(long memberId, Instant now);

  @Query(
      "UPDATE account_credentials SET token_version = token_version + 1 WHERE member_id = :memberId")
  void raiseTokenVersion(long memberId);

  @Query(
      "UPDATE account_credentials SET totp_secret = :secret, totp_enabled_at = :enabledAt,"
          + " totp_last_step = NULL WHERE member_id = :memberId")
  void updateTotp(long memberId, @Nullable String secret, @Nullable Instant enabledAt);

  /** Records an accepted code's step; 0 rows when that step (or a later one) was used before. */
  @Query(
      "UPDATE account_credentials SET totp_last_step = :step WHERE member_id = :memberId"
          + " AND (totp_last_step IS NULL OR totp_last_step < :step)")
  int useTotpStep(long memberId, long step);
}
