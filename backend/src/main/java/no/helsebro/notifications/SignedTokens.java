package no.helsebro.notifications;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short texts signed with a key derived from Helsebro's signing secret (HMAC-SHA256), for links
 * that must work without a sign-in: the live stream's ticket and the unsubscribe link. Each use has
 * its own purpose string, so a token of one use is never valid for another.
 */
@Singleton
class SignedTokens {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final byte[] key;

  SignedTokens(
      @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
    this.key = hmac(secret.getBytes(StandardCharsets.UTF_8), "helsebro-notifications-v1");
  }

  /** {@code payload} (plain, URL-safe characters) with its signature for {@code purpose}. */
  String sign(String purpose, String payload) {
    return payload + "." + B64.encodeToString(hmac(key, purpose + "|" + payload));
  }

  /** The payload of a token signed for {@code purpose}; empty when the signature does not match. */
  Optional<String> verify(String purpose, String token) {
    int dot = token.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String payload = token.substring(0, dot);
    byte[] given;
    try {
      given = B64D.decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return MessageDigest.isEqual(given, hmac(key, purpose + "|" + payload))
        ? Optional.of(payload)
        : Optional.empty();
  }

  private static byte[] hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
