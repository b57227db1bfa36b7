package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Sign-in through an OpenID Connect provider. {@code /start} sends the browser to the provider; the
 * provider sends it back to {@code /callback}, which signs the member in (refresh cookie) and sends
 * the browser on into the app, or to the sign-in page with {@code ?oidc=<code>} on failure. A
 * cookie ties the callback to the browser that started it (SameSite=Lax, so that it survives the
 * top-level return from the provider).
 */
@Controller("/api/v1/auth/oidc")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Accounts")
class OidcController {

  static final String STATE_COOKIE = "helsebro_oidc";

  private final OidcSignIn oidc;
  private final RefreshCookie refreshCookie;
  private final AuthConfiguration config;

  OidcController(OidcSignIn oidc, RefreshCookie refreshCookie, AuthConfiguration config) {
    this.oidc = oidc;
    this.refreshCookie = refreshCookie;
    this.config = config;
  }

  @Serdeable
  record OidcInfo(boolean enabled, String name) {}

  @Get
  @Operation(
      summary = "Whether sign-in through an OpenID Connect provider is offered, and its name")
  OidcInfo info() {
    return new OidcInfo(oidc.enabled(), oidc.name());
  }

  @Get("/start")
  @Operation(summary = "Start signing in at the provider (redirect)")
  HttpResponse<?> start(@Nullable @QueryValue String next) {
    try {
      OidcSignIn.Started started = oidc.start(next);
      return found(started.authorizationUrl())
          .cookie(stateCookie(started.state(), OidcSignIn.STATE_TTL.toSeconds()));
    } catch (OidcSignIn.OidcFailure e) {
      return failed(e.code);
    }
  }

  @Get("/callback")
  @Operation(summary = "The provider's redirect back: signs the member in (redirect)")
  HttpResponse<?> callback(
      @Nullable @QueryValue String code,
      @Nullable @QueryValue String state,
      @Nullable @QueryValue String error,
      HttpRequest<?> request) {
    if (error != null) {
      return failed("oidc-cancelled");
    }
    String bound = request.getCookies().findCookie(STATE_COOKIE).map(Cookie::getValue).orElse("");
    if (code == null
        || state == null
        || !MessageDigest.isEqual(
            bound.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
      return failed("oidc-state");
    }
    try {
      OidcSignIn.Finished finished = oidc.finish(code, state, AuthController.userAgent(request));
      String target = finished.next() == null ? "/" : finished.next();
      MutableHttpResponse<?> response = found(target).cookie(stateCookie("", 0));
      return refreshCookie.set(response, finished.session().refreshToken());
    } catch (OidcSignIn.OidcFailure e) {
      return failed(e.code);
    }
  }

  private MutableHttpResponse<?> failed(String code) {
    return found("/sign-in?oidc=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
        .cookie(stateCookie("", 0));
  }

  /** 302: a one-time redirect that browsers do not cache (unlike 301). */
  private static MutableHttpResponse<?> found(String location) {
    return HttpResponse.status(io.micronaut.http.HttpStatus.FOUND).header("Location", location);
  }

  private Cookie stateCookie(String value, long maxAgeSeconds) {
    return Cookie.of(STATE_COOKIE, value)
        .httpOnly(true)
        .secure(config.isSecureCookie())
        .sameSite(SameSite.Lax)
        .path("/api/v1/auth/oidc")
        .maxAge(maxAgeSeconds);
  }
}
