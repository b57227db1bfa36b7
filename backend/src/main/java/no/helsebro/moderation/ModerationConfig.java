package no.helsebro.moderation;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/** Moderation settings ({@code helsebro.moderation.*}). */
@ConfigurationProperties("helsebro.moderation")
class ModerationConfig {

  /**
   * A post is hidden until reviewed once this many trusted members (forum trust policy, ADR 0206)
   * have open flags on it.
   */
  @Min(1)
  private int hideThreshold = 3;

  public int getHideThreshold() {
    return hideThreshold;
  }

  public void setHideThreshold(int hideThreshold) {
    this.hideThreshold = hideThreshold;
  }
}
