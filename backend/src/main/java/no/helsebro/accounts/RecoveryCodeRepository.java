package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** The second factor's one-time recovery codes, stored as SHA-256 hashes. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RecoveryCodeRepository
    extends GenericRepository<RecoveryCodeRepository.RecoveryCode, Long> {

  /** A row of {@code account_recovery_codes}. */
  @MappedEntity("account_recovery_codes")
  record RecoveryCode(
      @Id @GeneratedValue @Nullable Long id,
      long memberId,
      String codeHash,
      @Nullable Instant usedAt) {}

  void saveAll(List<RecoveryCode> codes);

  /** Uses a code once: 1 when this call used it, 0 when it is unknown or was used before. */
  @Query(
      "UPDATE account_recovery_codes SET used_at = :now WHERE member_id = :memberId"
          + " AND code_hash = :codeHash AND used_at IS NULL")
  int use(long memberId, String codeHash, Instant now);

  void deleteByMemberId(long memberId);
}
