package no.helsebro.platform.mail;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.helsebro.platform.database.ConflictRetries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what {@link MailOutbox} wrote (docs/adr/0015). Every node runs it; a node first leases a
 * batch of due rows with one conditional UPDATE (rows nobody holds, or whose lease ran out), so a
 * row is sent by one node at a time. A failed send is tried again after a back-off that doubles (30
 * s up to an hour); a 5xx refusal from the SMTP server, or too many failures, ends as FAILED with
 * the error recorded. Two workers leasing at once (nodes, or the schedule and a caller) can lose a
 * deadlock in InnoDB; the statement is then simply run again ({@link ConflictRetries}).
 */
@Singleton
public class MailOutboxWorker {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutboxWorker.class);
  private static final int BATCH = 20;
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final MailOutboxRepository outbox;
  private final Mailer mailer;
  private final ConflictRetries retries;
  private final int maxAttempts;

  MailOutboxWorker(
      MailOutboxRepository outbox,
      Mailer mailer,
      ConflictRetries retries,
      @Value("${helsebro.mail.outbox.max-attempts:12}") int maxAttempts) {
    this.outbox = outbox;
    this.mailer = mailer;
    this.retries = retries;
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
      int leased = retries.run(() -> outbox.lease(owner, at.plus(LEASE), at, BATCH));
      if (leased == 0) {
        return sent;
      }
      for (MailOutboxRepository.Leased row : outbox.leasedBy(owner)) {
        if (send(row, owner, at)) {
          sent++;
        }
      }
      if (leased < BATCH) {
        return sent;
      }
    }
  }

  private boolean send(MailOutboxRepository.Leased row, String owner, Instant now) {
    try {
      mailer.send(row.mail(), row.messageId(), MailOutbox.decode(row.headers()));
    } catch (Mailer.MailNotSentException e) {
      int attempts = row.attempts() + 1;
      boolean giveUp = e.permanent() || attempts >= maxAttempts;
      String error = e.getMessage() == null ? "unknown" : e.getMessage();
      String status = giveUp ? "FAILED" : "PENDING";
      String recorded = error.length() > 500 ? error.substring(0, 500) : error;
      retries.run(
          () ->
              outbox.failed(
                  row.id(), owner, attempts, status, now.plus(backOff(attempts)), recorded));
      LOG.warn(
          "Mail {} not sent (attempt {}{}): {}",
          row.id(),
          attempts,
          giveUp ? ", given up" : "",
          error);
      return false;
    }
    retries.run(() -> outbox.sent(row.id(), owner, now));
    return true;
  }

  /** 30 s after the first failure, doubling up to an hour. */
  static Duration backOff(int attempts) {
    long seconds = 30L << Math.min(attempts - 1, 7);
    return Duration.ofSeconds(Math.min(seconds, 3600));
  }
}
