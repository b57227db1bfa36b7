package no.helsebro.notifications;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Pattern;
import no.helsebro.platform.web.BaseUrl;

/**
 * Unsubscribe links: a signed token naming the member and the scope (a kind, or DAILY/WEEKLY for a
 * digest). They do not expire: a link in an old mail must still work.
 */
@Singleton
class UnsubscribeLinks {

  private static final String PURPOSE = "unsubscribe";
  private static final Pattern PAYLOAD = Pattern.compile("([0-9]{1,19})-([A-Z_]{1,40})");

  record Target(long memberId, String scope) {}

  private final SignedTokens tokens;
  private final String baseUrl;

  UnsubscribeLinks(SignedTokens tokens, @Value("${helsebro.base-url}") String baseUrl) {
    this.tokens = tokens;
    this.baseUrl = BaseUrl.withoutTrailingSlash(baseUrl);
  }

  String token(long memberId, String scope) {
    return tokens.sign(PURPOSE, memberId + "-" + scope);
  }

  /** The page a person opens from the mail's text (it asks the API to unsubscribe). */
  String pageUrl(long memberId, String scope) {
    return baseUrl + "/unsubscribe?token=" + token(memberId, scope);
  }

  /** The RFC 8058 one-click URL for {@code List-Unsubscribe}. */
  String oneClickUrl(long memberId, String scope) {
    return baseUrl + "/api/v1/notification-unsubscriptions?token=" + token(memberId, scope);
  }

  String settingsUrl() {
    return baseUrl + "/notifications/settings";
  }

  String absolute(String path) {
    return baseUrl + path;
  }

  Optional<Target> check(String token) {
    return tokens
        .verify(PURPOSE, token)
        .flatMap(
            payload -> {
              var m = PAYLOAD.matcher(payload);
              return m.matches()
                  ? Optional.of(new Target(Long.parseLong(m.group(1)), m.group(2)))
                  : Optional.empty();
            });
  }
}
