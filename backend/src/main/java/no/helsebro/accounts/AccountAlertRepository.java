package no.helsebro.accounts;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * When a member was last mailed about a sign-in lock, per kind (ADR 0107). The key is (member_id,
 * kind): rows are written by {@code @Query} only, so the {@code @Id} on the member serves the
 * mapping alone.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountAlertRepository
    extends GenericRepository<AccountAlertRepository.AccountAlert, Long> {

  /** A row of {@code account_alerts}; {@code kind} is {@link SignInAlerts.Kind#code}. */
  @MappedEntity("account_alerts")
  record AccountAlert(@Id long memberId, String kind, Instant sentAt) {}

  /** The last mail of this kind, locked until the transaction ends. */
  @Query("SELECT * FROM account_alerts WHERE member_id = :memberId AND kind = :kind FOR UPDATE")
  Optional<AccountAlert> lock(long memberId, String kind);

  @Query(
      "INSERT INTO account_alerts (member_id, kind, sent_at) VALUES (:memberId, :kind, :sentAt)"
          + " ON DUPLICATE KEY UPDATE sent_at = VALUES(sent_at)")
  void put(long memberId, String kind, Instant sentAt);

  @Query("DELETE FROM account_alerts WHERE member_id = :memberId")
  void deleteByMemberId(long memberId);
}
