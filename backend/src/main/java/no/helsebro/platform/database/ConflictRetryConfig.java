package no.helsebro.platform.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How often a transaction that lost a deadlock or a certification conflict is tried in all, and the
 * first pause between tries (doubled each time, jittered), docs/adr/0013.
 */
@ConfigurationProperties("helsebro.database.conflicts")
public class ConflictRetryConfig {

  private int attempts = 5;
  private Duration backoff = Duration.ofMillis(10);

  public int getAttempts() {
    return attempts;
  }

  public void setAttempts(int attempts) {
    this.attempts = Math.max(1, attempts);
  }

  public Duration getBackoff() {
    return backoff;
  }

  public void setBackoff(Duration backoff) {
    this.backoff = backoff;
  }
}
