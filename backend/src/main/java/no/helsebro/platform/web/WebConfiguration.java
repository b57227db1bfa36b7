package no.helsebro.platform.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.List;

/**
 * {@code helsebro.web.*}: which proxies may name the client's address, and whether responses ask
 * browsers to use HTTPS only (HSTS).
 */
@ConfigurationProperties("helsebro.web")
public class WebConfiguration {

  private List<String> trustedProxies = List.of();
  private boolean hsts = true;

  /**
   * Addresses or CIDR ranges (e.g. {@code 10.0.0.0/8}, {@code 127.0.0.1}) of reverse proxies whose
   * {@code X-Forwarded-For} is believed. Empty (the default): the client is the address the server
   * sees, and the header is ignored.
   */
  public List<String> getTrustedProxies() {
    return trustedProxies;
  }

  public void setTrustedProxies(List<String> trustedProxies) {
    this.trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
  }

  /** Whether every response carries {@code Strict-Transport-Security} (default true). */
  public boolean isHsts() {
    return hsts;
  }

  public void setHsts(boolean hsts) {
    this.hsts = hsts;
  }
}
