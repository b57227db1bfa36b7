package no.helsebro.mentoring;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Moves unanswered questions up the ladder every few minutes (safe on several instances). */
@Singleton
class QuestionRoutingJob {

  private static final Logger LOG = LoggerFactory.getLogger(QuestionRoutingJob.class);

  private final QuestionRouting routing;

  QuestionRoutingJob(QuestionRouting routing) {
    this.routing = routing;
  }

  @Scheduled(
      fixedDelay = "${helsebro.mentoring.questions.check-interval:5m}",
      initialDelay = "${helsebro.mentoring.questions.check-initial-delay:2m}")
  void run() {
    int steps = routing.advance(Instant.now());
    if (steps > 0) {
      LOG.info("Moved unanswered questions {} steps up the ladder", steps);
    }
  }
}
