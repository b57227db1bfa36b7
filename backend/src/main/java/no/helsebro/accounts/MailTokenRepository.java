package no.helsebro.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MailTokenRepository extends CrudRepository<MailToken, Long> {

  Optional<MailToken> findByTokenHash(String tokenHash);

  /** Uses a token once: 1 when this call used it, 0 when it was used before. */
  @Query("UPDATE account_mail_tokens SET used_at = :now WHERE id = :id AND used_at IS NULL")
  int use(long id, Instant now);

  /** Earlier unused links of the same purpose stop working when a new one is sent. */
  @Query(
      "UPDATE account_mail_tokens SET used_at = :now WHERE member_id = :memberId"
          + " AND purpose = :purpose AND used_at IS NULL")
  void retireAll(long memberId, MailToken.Purpose purpose, Instant now);

  void deleteByMemberId(long memberId);
}
