package no.helsebro.mentoring;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Settings of the mentoring module, under {@code helsebro.mentoring} in application.yml. */
@ConfigurationProperties("helsebro.mentoring")
class MentoringConfig {

  /** How long a request stays open before it expires. */
  private Duration requestExpiresAfter = Duration.ofDays(14);

  /** How many open requests one mentee may have at a time. */
  private int maxOpenRequests = 5;

  /** Feedback is shown to coordinators only once at least this many answers exist. */
  private int feedbackMinResponses = 5;

  /** The in-memory mentor pool is reloaded at least this often, whatever the revision says. */
  private Duration poolMaxAge = Duration.ofSeconds(30);

  public Duration getRequestExpiresAfter() {
    return requestExpiresAfter;
  }

  public void setRequestExpiresAfter(Duration requestExpiresAfter) {
    this.requestExpiresAfter = requestExpiresAfter;
  }

  public int getMaxOpenRequests() {
    return maxOpenRequests;
  }

  public void setMaxOpenRequests(int maxOpenRequests) {
    this.maxOpenRequests = maxOpenRequests;
  }

  public int getFeedbackMinResponses() {
    return feedbackMinResponses;
  }

  public void setFeedbackMinResponses(int feedbackMinResponses) {
    this.feedbackMinResponses = feedbackMinResponses;
  }

  public Duration getPoolMaxAge() {
    return poolMaxAge;
  }

  public void setPoolMaxAge(Duration poolMaxAge) {
    this.poolMaxAge = poolMaxAge;
  }
}
