package no.helsebro.notifications;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import no.helsebro.platform.jobs.JobPasses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every minute, on one node of the cluster (ShedLock, docs/adr/0009): writes the notification mail
 * that is due (at once, digests whose hour has come) to the mail outbox. Tests call {@link #run}
 * with the time they want.
 */
@Singleton
class NotificationMailJob {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationMailJob.class);

  private final NotificationRepository rows;
  private final NotificationMailer mailer;

  NotificationMailJob(NotificationRepository rows, NotificationMailer mailer) {
    this.rows = rows;
    this.mailer = mailer;
  }

  @Scheduled(
      fixedDelay = "${helsebro.notifications.mail-interval:30s}",
      initialDelay = "${helsebro.notifications.mail-initial-delay:30s}")
  // Short lockAtLeastFor: a second run is harmless (each member's rows are locked FOR UPDATE and
  // marked mailed in the transaction that writes the mail).
  @SchedulerLock(name = "notifications.mail", lockAtMostFor = "5m", lockAtLeastFor = "1s")
  void scheduled() {
    JobPasses.run(
        NotificationMailJob.class,
        "Wrote {} notification mails to the outbox",
        () -> run(Instant.now()));
  }

  /** Writes every member's due mail as of {@code now}; answers how many mails. */
  int run(Instant now) {
    int mails = 0;
    for (long member : rows.membersWithMailDue()) {
      try {
        mails += mailer.mailDue(member, now);
      } catch (RuntimeException e) {
        LOG.warn("Notification mail for member {} failed: {}", member, e.getMessage());
      }
    }
    return mails;
  }
}
