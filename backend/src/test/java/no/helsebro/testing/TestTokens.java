package no.helsebro.testing;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Signs access tokens the way Helsebro does, for tests that need a member with given roles without
 * going through sign-in. The subject is the member id.
 */
@Singleton
public class TestTokens {

  private final TokenGenerator generator;

  public TestTokens(TokenGenerator generator) {
    this.generator = generator;
  }

  public String accessToken(long memberId, String... roles) {
    return generator
        .generateToken(Authentication.build(Long.toString(memberId), List.of(roles)), 300)
        .orElseThrow();
  }
}
