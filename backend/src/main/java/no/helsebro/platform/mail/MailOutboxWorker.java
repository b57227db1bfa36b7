package no.helsebro.platform.mail;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.helsebro.platform.database.JdbcQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what {@link MailOutbox} wrote (docs/adr/0015). Every node runs it; a node first leases a
 * batch of due rows with one conditional UPDATE (rows nobody holds, or whose lease ran out), so a
 * row is sent by one node at a time. A failed send is tried again after a back-off that doubles (30
 * s up to an hour); a 5xx refusal from the SMTP server, or too many failures, ends as FAILED with
 * the error recorded.
 */
@Singleton
public class MailOutboxWorker {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutboxWorker.class);
  private static final int BATCH = 20;
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final JdbcQueries sql;
  private final Mailer mailer;
  private final int maxAttempts;

  MailOutboxWorker(
      JdbcQueries sql,
      Mailer mailer,
      @Value("${helsebro.mail.outbox.max-attempts:12}") int maxAttempts) {
    this.sql = sql;
    this.mailer = mailer;
    this.maxAttempts = maxAttempts;
  }

  @Scheduled(
      fixedDelay = "${helsebro.mail.outbox.interval:2s}",
      initialDelay = "${helsebro.mail.outbox.initial-delay:5s}")
  void scheduled() {
    try {
      sendDue(Instant.now());
    } catch (RuntimeException e) {
      LOG.warn("Mail outbox run failed: {}", e.getMessage());
    }
  }

  /** Leases and sends the rows due at {@code now}; answers how many were sent. */
  public int sendDue(Instant now) {
    int sent = 0;
    while (true) {
      String owner = UUID.randomUUID().toString();
      Instant at = now.truncatedTo(ChronoUnit.MICROS);
      int leased =
          sql.update(
              "UPDATE mail_outbox SET lease_owner = ?, lease_until = ? WHERE status = 'PENDING'"
                  + " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)"
                  + " ORDER BY id LIMIT "
                  + BATCH,
              owner,
              at.plus(LEASE),
              at,
              at);
      if (leased == 0) {
        return sent;
      }
      for (Leased row : leasedBy(owner)) {
        if (send(row, owner, at)) {
          sent++;
        }
      }
      if (leased < BATCH) {
        return sent;
      }
    }
  }

  private List<Leased> leasedBy(String owner) {
    return sql.list(
        "SELECT id, message_id, recipient, subject, body_text, body_html, language, headers,"
            + " attempts FROM mail_outbox WHERE lease_owner = ? AND status = 'PENDING'",
        rs ->
            new Leased(
                rs.getLong(1),
                rs.getString(2),
                new OutgoingMail(
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)),
                rs.getString(8),
                rs.getInt(9)),
        owner);
  }

  private boolean send(Leased row, String owner, Instant now) {
    try {
      mailer.send(row.mail(), row.messageId(), MailOutbox.decode(row.headers()));
    } catch (Mailer.MailNotSentException e) {
      int attempts = row.attempts() + 1;
      boolean giveUp = e.permanent() || attempts >= maxAttempts;
      String error = e.getMessage() == null ? "unknown" : e.getMessage();
      sql.update(
          "UPDATE mail_outbox SET attempts = ?, status = ?, next_attempt_at = ?, last_error = ?,"
              + " lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
          attempts,
          giveUp ? "FAILED" : "PENDING",
          now.plus(backOff(attempts)),
          error.length() > 500 ? error.substring(0, 500) : error,
          row.id(),
          owner);
      LOG.warn(
          "Mail {} not sent (attempt {}{}): {}",
          row.id(),
          attempts,
          giveUp ? ", given up" : "",
          error);
      return false;
    }
    sql.update(
        "UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1,"
            + " lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
        now,
        row.id(),
        owner);
    return true;
  }

  /** 30 s after the first failure, doubling up to an hour. */
  static Duration backOff(int attempts) {
    long seconds = 30L << Math.min(attempts - 1, 7);
    return Duration.ofSeconds(Math.min(seconds, 3600));
  }

  private record Leased(
      long id, String messageId, OutgoingMail mail, String headers, int attempts) {}
}
