package no.helsebro.accounts;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.idempotency.Idempotency;

/**
 * Removes a member's personal data at once: e-mail, name, credentials, sessions and mailed links
 * go; the row stays as status {@code DELETED} so that their posts read "deleted member" and audit
 * entries still point somewhere. Other modules remove their part in {@link MemberDeleted}
 * listeners, inside the same transaction.
 */
@Singleton
class AccountDeletion {

  private final JdbcOperations jdbc;
  private final ApplicationEventPublisher<MemberDeleted> deleted;
  private final ChangeFeed feed;
  private final Idempotency idempotency;

  AccountDeletion(
      JdbcOperations jdbc,
      ApplicationEventPublisher<MemberDeleted> deleted,
      ChangeFeed feed,
      Idempotency idempotency) {
    this.jdbc = jdbc;
    this.deleted = deleted;
    this.feed = feed;
    this.idempotency = idempotency;
  }

  @Transactional
  void delete(long memberId) {
    MemberDeleted event = new MemberDeleted(memberId);
    deleted.publishEvent(event);
    feed.publish(event);
    idempotency.forget(memberId);
    jdbc.execute(
        c -> {
          for (String sql :
              new String[] {
                "DELETE FROM refresh_tokens WHERE member_id = ?",
                "DELETE FROM account_mail_tokens WHERE member_id = ?",
                "DELETE FROM account_recovery_codes WHERE member_id = ?",
                "DELETE FROM account_alerts WHERE member_id = ?",
                "DELETE FROM account_credentials WHERE member_id = ?"
              }) {
            try (var ps = c.prepareStatement(sql)) {
              ps.setLong(1, memberId);
              ps.executeUpdate();
            }
          }
          try (var ps =
              c.prepareStatement(
                  "UPDATE members SET email = NULL, display_name = '', status = 'DELETED',"
                      + " coordinator = FALSE, suspended_until = NULL, suspension_reason = NULL,"
                      + " updated_at = ? WHERE id = ?")) {
            ps.setTimestamp(1, java.sql.Timestamp.from(Instant.now()));
            ps.setLong(2, memberId);
            return ps.executeUpdate();
          }
        });
  }
}
