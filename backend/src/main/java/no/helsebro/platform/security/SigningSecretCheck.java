package no.helsebro.platform.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

/**
 * Reads the JWT signing secret while Helsebro starts, so that a missing or weak secret stops the
 * start with a clear message instead of failing the first sign-in.
 */
@Context
class SigningSecretCheck {

  SigningSecretCheck(
      @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
    if (secret == null || secret.length() < 32) {
      throw new IllegalStateException("The JWT signing secret must have at least 32 characters");
    }
  }
}
