package no.helsebro.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jwt.JWT;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Checks the access token of every API request. Verifying a token (parse, HMAC, issuer, audience
 * and lifetime) gives the same answer until it expires, so a verified token's claims are kept for
 * its lifetime, keyed by the whole token (signature included, so only that exact token hits). What
 * can change — the member's state: deleted, suspended, signed out everywhere, no longer a
 * coordinator — is checked on every request ({@link MemberStateJwtAuthenticationFactory}). Replaces
 * Micronaut's reactive validator, which application.yml switches off ({@code
 * micronaut.security.token.jwt.nimbus.reactive-validator: false}).
 */
@Singleton
class VerifiedAccessTokens implements TokenValidator<HttpRequest<?>> {

  /** A signed-in member uses one token at a time; this is room for a few thousand at once. */
  private static final int MAX_TOKENS = 20_000;

  private record Verified(Authentication claimed, Instant expiresAt) {}

  private final JsonWebTokenValidator<JWT, HttpRequest<?>> validator;
  private final MemberStateJwtAuthenticationFactory authentications;
  private final Cache<String, Verified> verified;

  VerifiedAccessTokens(
      JsonWebTokenValidator<JWT, HttpRequest<?>> validator,
      MemberStateJwtAuthenticationFactory authentications,
      AuthConfiguration config) {
    this.validator = validator;
    this.authentications = authentications;
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfterWrite(config.getAccessTokenTtl())
            .build();
  }

  @Override
  public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
    return authenticate(token, request, Instant.now())
        .map(Publishers::just)
        .orElseGet(Publishers::empty);
  }

  Optional<Authentication> authenticate(
      String token, @Nullable HttpRequest<?> request, Instant now) {
    Verified hit = verified.getIfPresent(token);
    if (hit == null) {
      hit = verify(token, request).orElse(null);
      if (hit == null) {
        return Optional.empty();
      }
      verified.put(token, hit);
    }
    if (!now.isBefore(hit.expiresAt())) {
      verified.invalidate(token);
      return Optional.empty();
    }
    return authentications.whileMemberStateAllows(hit.claimed());
  }

  private Optional<Verified> verify(String token, @Nullable HttpRequest<?> request) {
    Optional<JWT> jwt = validator.validate(token, request);
    if (jwt.isEmpty()) {
      return Optional.empty();
    }
    Date expires;
    try {
      expires = jwt.get().getJWTClaimsSet().getExpirationTime();
    } catch (ParseException e) {
      return Optional.empty();
    }
    if (expires == null) {
      return Optional.empty();
    }
    return authentications
        .claimed(jwt.get())
        .map(claimed -> new Verified(claimed, expires.toInstant()));
  }
}
