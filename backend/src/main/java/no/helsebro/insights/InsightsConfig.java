package no.helsebro.insights;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Settings under {@code helsebro.insights} (README, configuration table). */
@ConfigurationProperties("helsebro.insights")
class InsightsConfig {

  /** Feedback is shown in aggregate only from this many answers (as mentoring's statistics). */
  private int feedbackMinResponses = 5;

  /** A question without an answer this long puts its asker on the isolation radar. */
  private Duration unansweredAfter = Duration.ofHours(48);

  /** How far back the radar looks for unanswered questions, mentor requests and ladder tops. */
  private Duration radarWindow = Duration.ofDays(60);

  /** A member who posted on one day only and not for this long is "active once and gone". */
  private Duration goneAfter = Duration.ofDays(30);

  /** The longest range the dashboard answers for (in days). */
  private int maxRangeDays = 800;

  public int getFeedbackMinResponses() {
    return feedbackMinResponses;
  }

  public void setFeedbackMinResponses(int v) {
    this.feedbackMinResponses = v;
  }

  public Duration getUnansweredAfter() {
    return unansweredAfter;
  }

  public void setUnansweredAfter(Duration v) {
    this.unansweredAfter = v;
  }

  public Duration getRadarWindow() {
    return radarWindow;
  }

  public void setRadarWindow(Duration v) {
    this.radarWindow = v;
  }

  public Duration getGoneAfter() {
    return goneAfter;
  }

  public void setGoneAfter(Duration v) {
    this.goneAfter = v;
  }

  public int getMaxRangeDays() {
    return maxRangeDays;
  }

  public void setMaxRangeDays(int v) {
    this.maxRangeDays = v;
  }
}
