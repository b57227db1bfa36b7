package no.helsebro.platform.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Where mail goes: {@code helsebro.mail.*} (environment {@code HELSEBRO_MAIL_HOST}, {@code
 * HELSEBRO_MAIL_PORT}, {@code HELSEBRO_MAIL_USERNAME}, {@code HELSEBRO_MAIL_PASSWORD}, {@code
 * HELSEBRO_MAIL_TLS}, {@code HELSEBRO_MAIL_FROM}). Without a host, mail is written to the
 * development outbox ({@code <data dir>/outbox/*.eml}) instead of being sent.
 */
@ConfigurationProperties("helsebro.mail")
public class MailConfiguration {

  private @Nullable String host;
  private int port = 587;
  private @Nullable String username;
  private @Nullable String password;

  /**
   * Require STARTTLS (port 587). When false, STARTTLS is still used whenever the server offers it.
   * With {@code ssl}, implicit TLS (port 465) is used instead.
   */
  private boolean tls;

  private boolean ssl;
  private String from = "Helsebro <ikke-svar@helsebro.no>";

  public @Nullable String getHost() {
    return host;
  }

  public void setHost(@Nullable String host) {
    this.host = host;
  }

  public int getPort() {
    return port;
  }

  public void setPort(int port) {
    this.port = port;
  }

  public @Nullable String getUsername() {
    return username;
  }

  public void setUsername(@Nullable String username) {
    this.username = username;
  }

  public @Nullable String getPassword() {
    return password;
  }

  public void setPassword(@Nullable String password) {
    this.password = password;
  }

  public boolean isTls() {
    return tls;
  }

  public void setTls(boolean tls) {
    this.tls = tls;
  }

  public boolean isSsl() {
    return ssl;
  }

  public void setSsl(boolean ssl) {
    this.ssl = ssl;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  boolean smtpConfigured() {
    return host != null && !host.isBlank();
  }
}
