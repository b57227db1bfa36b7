package no.helsebro.accounts;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code helsebro.auth.*}: lifetimes of tokens and links, cookie and second-factor rules. */
@ConfigurationProperties("helsebro.auth")
class AuthConfiguration {

  private Duration accessTokenTtl = Duration.ofMinutes(10);
  private Duration refreshTokenTtl = Duration.ofDays(14);
  private Duration refreshReuseGrace = Duration.ofSeconds(10);
  private Duration confirmationTtl = Duration.ofHours(48);
  private Duration resetTtl = Duration.ofHours(1);
  private boolean secureCookie = true;
  private boolean coordinatorSecondFactorRequired = true;

  public Duration getAccessTokenTtl() {
    return accessTokenTtl;
  }

  public void setAccessTokenTtl(Duration accessTokenTtl) {
    this.accessTokenTtl = accessTokenTtl;
  }

  public Duration getRefreshTokenTtl() {
    return refreshTokenTtl;
  }

  public void setRefreshTokenTtl(Duration refreshTokenTtl) {
    this.refreshTokenTtl = refreshTokenTtl;
  }

  /**
   * How long after its first use a refresh token may be presented again without being taken for a
   * stolen copy: two tabs that refresh at the same moment, or a retry after the answer was lost on
   * a weak connection. Zero makes every second use revoke the sign-in.
   */
  public Duration getRefreshReuseGrace() {
    return refreshReuseGrace;
  }

  public void setRefreshReuseGrace(Duration refreshReuseGrace) {
    this.refreshReuseGrace = refreshReuseGrace;
  }

  public Duration getConfirmationTtl() {
    return confirmationTtl;
  }

  public void setConfirmationTtl(Duration confirmationTtl) {
    this.confirmationTtl = confirmationTtl;
  }

  public Duration getResetTtl() {
    return resetTtl;
  }

  public void setResetTtl(Duration resetTtl) {
    this.resetTtl = resetTtl;
  }

  public boolean isSecureCookie() {
    return secureCookie;
  }

  public void setSecureCookie(boolean secureCookie) {
    this.secureCookie = secureCookie;
  }

  public boolean isCoordinatorSecondFactorRequired() {
    return coordinatorSecondFactorRequired;
  }

  public void setCoordinatorSecondFactorRequired(boolean coordinatorSecondFactorRequired) {
    this.coordinatorSecondFactorRequired = coordinatorSecondFactorRequired;
  }
}
