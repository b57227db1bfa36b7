package no.helsebro.mentoring;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import no.helsebro.platform.jobs.JobPasses;

/**
 * Moves unanswered questions up the ladder every few minutes (once per cluster: it holds a lease
 * while it runs).
 */
@Singleton
class QuestionRoutingJob {

  private final QuestionRouting routing;

  QuestionRoutingJob(QuestionRouting routing) {
    this.routing = routing;
  }

  @Scheduled(
      fixedDelay = "${helsebro.mentoring.questions.check-interval:5m}",
      initialDelay = "${helsebro.mentoring.questions.check-initial-delay:2m}")
  @SchedulerLock(name = "mentoring.question-routing", lockAtMostFor = "4m", lockAtLeastFor = "4m")
  void run() {
    JobPasses.run(
        QuestionRoutingJob.class,
        "Moved unanswered questions {} steps up the ladder",
        () -> routing.advance(Instant.now()));
  }
}
