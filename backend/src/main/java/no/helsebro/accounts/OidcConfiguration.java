package no.helsebro.accounts;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Sign-in through the health sector's OpenID Connect provider (HelseID) or ID-porten: {@code
 * HELSEBRO_OIDC_ISSUER} (e.g. {@code https://helseid-sts.nhn.no}), {@code HELSEBRO_OIDC_CLIENT_ID},
 * {@code HELSEBRO_OIDC_CLIENT_SECRET}, optionally {@code HELSEBRO_OIDC_SCOPES} and {@code
 * HELSEBRO_OIDC_NAME} (the button text). Off when no issuer is set. Register {@code
 * <base-url>/api/v1/auth/oidc/callback} as the redirect URI.
 */
@ConfigurationProperties("helsebro.oidc")
class OidcConfiguration {

  private @Nullable String issuer;
  private @Nullable String clientId;
  private @Nullable String clientSecret;
  private String scopes = "openid profile email";
  private String name = "HelseID";

  boolean enabled() {
    return issuer != null && !issuer.isBlank() && clientId != null && !clientId.isBlank();
  }

  public @Nullable String getIssuer() {
    return issuer;
  }

  public void setIssuer(@Nullable String issuer) {
    this.issuer = issuer;
  }

  public @Nullable String getClientId() {
    return clientId;
  }

  public void setClientId(@Nullable String clientId) {
    this.clientId = clientId;
  }

  public @Nullable String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(@Nullable String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public String getScopes() {
    return scopes;
  }

  public void setScopes(String scopes) {
    this.scopes = scopes;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
