package no.helsebro.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The known-device cookie (ADR 0107): after a member has proved who they are in a browser (password
 * and second factor, a confirmed address, or a password reset through the mailed link), that
 * browser gets a signed cookie naming the member and a random device id. Sign-ins from it are
 * throttled on their own, so failures from elsewhere never lock the member out of a browser they
 * use. The cookie grants nothing else: the password is still required. HttpOnly, SameSite=Strict,
 * sent only to {@code /api/v1/auth}.
 */
@Singleton
class KnownDevices {

  static final String NAME = "helsebro_device";
  static final Duration LIFETIME = Duration.ofDays(365);
  private static final String VERSION = "d1";

  private final byte[] key;
  private final AuthConfiguration config;

  KnownDevices(@Value("${helsebro-secrets.jwt}") String secret, AuthConfiguration config) {
    // A key of its own, derived from the signing secret: a device cookie is never a token.
    this.key = hmac(secret.getBytes(StandardCharsets.UTF_8), "helsebro known device");
    this.config = config;
  }

  /** The device this browser is for {@code memberId}, if its cookie is genuine and theirs. */
  Optional<KnownDevice> of(HttpRequest<?> request, long memberId) {
    return read(request).filter(d -> d.memberId() == memberId);
  }

  /** Whatever genuine device cookie the browser sent, for any member. */
  Optional<KnownDevice> read(HttpRequest<?> request) {
    return request.getCookies().findCookie(NAME).map(Cookie::getValue).flatMap(this::parse);
  }

  /**
   * Marks the browser as known for the member: keeps its device id when it already was, else a new
   * one.
   */
  <T> MutableHttpResponse<T> remember(
      MutableHttpResponse<T> response, HttpRequest<?> request, long memberId) {
    String id = of(request, memberId).map(KnownDevice::id).orElseGet(KnownDevices::newId);
    return response.cookie(
        Cookie.of(NAME, value(new KnownDevice(memberId, id)))
            .httpOnly(true)
            .secure(config.isSecureCookie())
            .sameSite(SameSite.Strict)
            .path(RefreshCookie.PATH)
            .maxAge(LIFETIME));
  }

  String value(KnownDevice device) {
    String payload = VERSION + "." + device.memberId() + "." + device.id();
    return payload + "." + base64(hmac(key, payload));
  }

  Optional<KnownDevice> parse(String value) {
    String[] parts = value.split("\\.");
    if (parts.length != 4
        || !VERSION.equals(parts[0])
        || !parts[2].matches("[A-Za-z0-9_-]{16,64}")) {
      return Optional.empty();
    }
    String payload = parts[0] + "." + parts[1] + "." + parts[2];
    byte[] expected = hmac(key, payload);
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(parts[3]);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(expected, given)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new KnownDevice(Long.parseLong(parts[1]), parts[2]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String newId() {
    return Secrets.newToken().substring(0, 22);
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
