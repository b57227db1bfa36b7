package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/**
 * Registration, e-mail confirmation, sign-in, refresh and sign-out. Calls that use the refresh
 * cookie are protected against cross-site requests by {@link CsrfFilter}.
 */
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Accounts")
class AuthController {

  private final RegistrationService registrations;
  private final SessionService sessions;
  private final PasswordResetService resets;
  private final RefreshCookie cookie;
  private final KnownDevices devices;
  private final HttpClientAddressResolver addresses;

  AuthController(
      RegistrationService registrations,
      SessionService sessions,
      PasswordResetService resets,
      RefreshCookie cookie,
      KnownDevices devices,
      HttpClientAddressResolver addresses) {
    this.registrations = registrations;
    this.resets = resets;
    this.sessions = sessions;
    this.cookie = cookie;
    this.devices = devices;
    this.addresses = addresses;
  }

  @Post("/registrations")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Status(HttpStatus.ACCEPTED)
  @Operation(
      parameters =
          @Parameter(
              name = CsrfFilter.HEADER,
              in = ParameterIn.HEADER,
              required = true,
              description = CsrfFilter.DOCUMENTED,
              schema = @Schema(type = "string", allowableValues = "1")),
      summary = "Register; a confirmation link is mailed (same answer for known addresses)")
  RegistrationAccepted register(
      @Body @Valid RegisterRequest request,
      @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    return registrations.register(request, acceptLanguage);
  }

  @Post("/email-confirmations")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      parameters =
          @Parameter(
              name = CsrfFilter.HEADER,
              in = ParameterIn.HEADER,
              required = true,
              description = CsrfFilter.DOCUMENTED,
              schema = @Schema(type = "string", allowableValues = "1")),
      summary = "Confirm an e-mail address with the mailed token and sign in")
  HttpResponse<SessionView> confirm(@Body @Valid TokenRequest request, HttpRequest<?> http) {
    return withCookies(registrations.confirm(request.token(), userAgent(http)), http);
  }

  @Post("/sign-in")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      parameters =
          @Parameter(
              name = CsrfFilter.HEADER,
              in = ParameterIn.HEADER,
              required = true,
              description = CsrfFilter.DOCUMENTED,
              schema = @Schema(type = "string", allowableValues = "1")),
      summary =
          "Sign in with e-mail and password; when the member uses a second factor and no code was"
              + " given, answers 200 {secondFactorRequired: true} without a session")
  HttpResponse<?> signIn(@Body @Valid SignInRequest request, HttpRequest<?> http) {
    try {
      return withCookies(
          sessions.signIn(
              request.email(),
              request.password(),
              request.code(),
              addresses.resolve(http),
              devices.read(http).orElse(null),
              userAgent(http)),
          http);
    } catch (ApiException e) {
      if (SecondFactor.REQUIRED.equals(e.toProblem().code())) {
        // The password was right: this is the second step of signing in, not a refusal.
        return HttpResponse.ok(new SecondFactorRequired(true));
      }
      throw e;
    }
  }

  /** The password was right; now the code from the authenticator app is needed. */
  @io.micronaut.serde.annotation.Serdeable
  record SecondFactorRequired(boolean secondFactorRequired) {}

  @Post("/refresh")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      parameters =
          @Parameter(
              name = CsrfFilter.HEADER,
              in = ParameterIn.HEADER,
              required = true,
              description = CsrfFilter.DOCUMENTED,
              schema = @Schema(type = "string", allowableValues = "1")),
      summary = "Use the refresh cookie once for a new access token; 204 when there is no session")
  HttpResponse<SessionView> refresh(HttpRequest<?> http) {
    var issued = cookie.read(http).flatMap(token -> sessions.refresh(token, userAgent(http)));
    if (issued.isEmpty()) {
      MutableHttpResponse<SessionView> none = HttpResponse.noContent();
      return cookie.read(http).isPresent() ? cookie.clear(none) : none;
    }
    return cookie.set(HttpResponse.ok(issued.get().view()), issued.get().refreshToken());
  }

  @Post("/sign-out")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      parameters =
          @Parameter(
              name = CsrfFilter.HEADER,
              in = ParameterIn.HEADER,
              required = true,
              description = CsrfFilter.DOCUMENTED,
              schema = @Schema(type = "string", allowableValues = "1")),
      summary = "Sign out this browser: revokes its refresh tokens")
  HttpResponse<Void> signOut(HttpRequest<?> http) {
    cookie.read(http).ifPresent(sessions::signOut);
    return cookie.clear(HttpResponse.noContent());
  }

  @Post("/sign-out-everywhere")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(
      parameters =
          @Parameter(
              name = CsrfFilter.HEADER,
              in = ParameterIn.HEADER,
              required = true,
              description = CsrfFilter.DOCUMENTED,
              schema = @Schema(type = "string", allowableValues = "1")),
      summary = "Sign out on every device: revokes all refresh and access tokens")
  HttpResponse<Void> signOutEverywhere(Authentication authentication) {
    sessions.signOutEverywhere(CurrentMember.of(authentication).id());
    return cookie.clear(HttpResponse.noContent());
  }

  @Post("/password-resets")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Status(HttpStatus.ACCEPTED)
  @Operation(
      parameters =
          @Parameter(
              name = CsrfFilter.HEADER,
              in = ParameterIn.HEADER,
              required = true,
              description = CsrfFilter.DOCUMENTED,
              schema = @Schema(type = "string", allowableValues = "1")),
      summary = "Mail a single-use password-reset link (same answer for unknown addresses)")
  void requestReset(@Body @Valid PasswordResetRequest request) {
    resets.requestReset(request.email());
  }

  @Post("/password-resets/confirmations")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      parameters =
          @Parameter(
              name = CsrfFilter.HEADER,
              in = ParameterIn.HEADER,
              required = true,
              description = CsrfFilter.DOCUMENTED,
              schema = @Schema(type = "string", allowableValues = "1")),
      summary =
          "Choose a new password with the mailed token; signs out everywhere, lifts sign-in locks"
              + " and marks this browser as a known device")
  HttpResponse<Void> reset(@Body @Valid NewPasswordRequest request, HttpRequest<?> http) {
    long memberId = resets.reset(request.token(), request.password());
    return devices.remember(cookie.clear(HttpResponse.noContent()), http, memberId);
  }

  /** The session's refresh cookie, and the known-device cookie: this browser proved who it is. */
  private HttpResponse<SessionView> withCookies(SessionService.Issued issued, HttpRequest<?> http) {
    return devices.remember(
        cookie.set(HttpResponse.ok(issued.view()), issued.refreshToken()),
        http,
        issued.view().member().id());
  }

  static @Nullable String userAgent(HttpRequest<?> http) {
    return http.getHeaders().get(HttpHeaders.USER_AGENT);
  }
}
