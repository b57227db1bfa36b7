package no.helsebro.accounts;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The first coordinator: {@code HELSEBRO_BOOTSTRAP_COORDINATOR_EMAIL}, {@code _PASSWORD} and {@code
 * _NAME} (properties {@code helsebro.bootstrap-coordinator.*}).
 */
@ConfigurationProperties("helsebro.bootstrap-coordinator")
class BootstrapCoordinatorConfiguration {

  private @Nullable String email;
  private @Nullable String password;
  private @Nullable String name;

  public @Nullable String getEmail() {
    return email;
  }

  public void setEmail(@Nullable String email) {
    this.email = email;
  }

  public @Nullable String getPassword() {
    return password;
  }

  public void setPassword(@Nullable String password) {
    this.password = password;
  }

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
  }
}
