package no.helsebro.platform.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Runs after {@code @Secured}: an API path that no {@code @Secured} annotation allowed is refused
 * (401 for anonymous, 403 for a signed-in member), also when no such route exists. Outside the API,
 * GET and HEAD are open to anyone, because the single-page app, its assets, {@code /health} and the
 * API documentation are public; every other method there is refused.
 */
@Singleton
class DenyByDefaultRule implements SecurityRule<HttpRequest<?>> {

  static final int ORDER = SecuredAnnotationRule.ORDER + 100;

  @Override
  public Publisher<SecurityRuleResult> check(
      HttpRequest<?> request, Authentication authentication) {
    String path = request.getPath();
    if (path.equals("/api") || path.startsWith("/api/")) {
      return Publishers.just(SecurityRuleResult.REJECTED);
    }
    HttpMethod method = request.getMethod();
    return Publishers.just(
        method == HttpMethod.GET || method == HttpMethod.HEAD
            ? SecurityRuleResult.ALLOWED
            : SecurityRuleResult.REJECTED);
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
