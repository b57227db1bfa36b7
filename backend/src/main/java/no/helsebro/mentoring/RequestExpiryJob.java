package no.helsebro.mentoring;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import no.helsebro.platform.jobs.JobPasses;

/**
 * Expires open requests whose time is up ({@code helsebro.mentoring.request-expires-after}). Safe
 * on several instances at once: the UPDATE only touches requests that are still open.
 */
@Singleton
class RequestExpiryJob {

  private final CloseMentorRequests requests;

  RequestExpiryJob(CloseMentorRequests requests) {
    this.requests = requests;
  }

  @Scheduled(
      fixedDelay = "${helsebro.mentoring.expiry-check-interval:5m}",
      initialDelay = "${helsebro.mentoring.expiry-check-initial-delay:1m}")
  @SchedulerLock(name = "mentoring.request-expiry", lockAtMostFor = "4m", lockAtLeastFor = "4m")
  void run() {
    JobPasses.run(
        RequestExpiryJob.class,
        "Expired {} mentoring requests",
        () -> requests.expireDue(Instant.now()));
  }
}
