package no.helsebro.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The {@code aud} claim of Helsebro's access tokens; the audience validator ({@code
 * micronaut.security.token.jwt.claims-validators.audience}) refuses tokens for others.
 */
@Singleton
class AccessTokenAudience implements ClaimsAudienceProvider {

  private final String audience;

  AccessTokenAudience(
      @Value("${micronaut.security.token.jwt.claims-validators.audience}") String audience) {
    this.audience = audience;
  }

  @Override
  public List<String> audience() {
    return List.of(audience);
  }
}
