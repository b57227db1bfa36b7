package no.helsebro.accounts;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.helsebro.platform.security.CurrentMember;

/** The signed-in member: who they are, their language. Open to pending and suspended members. */
@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Accounts")
class MeController {

  private final AccountService accounts;
  private final SecondFactor secondFactor;
  private final PasswordResetService passwords;
  private final PersonalDataExport export;
  private final AccountDeletion deletion;
  private final RefreshCookie cookie;

  MeController(
      AccountService accounts,
      SecondFactor secondFactor,
      PasswordResetService passwords,
      PersonalDataExport export,
      AccountDeletion deletion,
      RefreshCookie cookie) {
    this.accounts = accounts;
    this.secondFactor = secondFactor;
    this.passwords = passwords;
    this.export = export;
    this.deletion = deletion;
    this.cookie = cookie;
  }

  @Get("/export")
  @Operation(summary = "Everything Helsebro holds about me, as JSON (GDPR)")
  HttpResponse<PersonalDataExport.Export> export(Authentication authentication) {
    return HttpResponse.ok(export.export(CurrentMember.of(authentication).id()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"helsebro-mine-data.json\"");
  }

  @Delete
  @Operation(summary = "Delete my account: personal data removed at once, posts kept anonymous")
  HttpResponse<Void> delete(Authentication authentication) {
    deletion.delete(CurrentMember.of(authentication).id());
    return cookie.clear(HttpResponse.noContent());
  }

  @Post("/password")
  @Operation(
      summary =
          "Change the password (the current one is required). Signs out every other device, their"
              + " access tokens included, and answers a new session for this one.")
  HttpResponse<SessionView> changePassword(
      @Body @Valid ChangePasswordRequest request,
      Authentication authentication,
      HttpRequest<?> http) {
    SessionService.Issued issued =
        passwords.change(
            CurrentMember.of(authentication).id(),
            request.currentPassword(),
            request.newPassword(),
            AuthController.userAgent(http));
    return cookie.set(HttpResponse.ok(issued.view()), issued.refreshToken());
  }

  @Post("/two-factor")
  @Operation(summary = "Start setting up two-factor sign-in: a new TOTP secret")
  SecondFactor.Setup beginTwoFactor(Authentication authentication) {
    return secondFactor.begin(CurrentMember.of(authentication).id());
  }

  @Post("/two-factor/confirmation")
  @Operation(summary = "Turn two-factor sign-in on with a first code; returns recovery codes once")
  SecondFactor.RecoveryCodes confirmTwoFactor(
      @Body @Valid CodeRequest request, Authentication authentication) {
    return secondFactor.confirm(CurrentMember.of(authentication).id(), request.code());
  }

  @Post("/two-factor/disable")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Turn two-factor sign-in off (a current code is required)")
  void disableTwoFactor(@Body @Valid CodeRequest request, Authentication authentication) {
    secondFactor.disable(CurrentMember.of(authentication).id(), request.code());
  }

  @Get
  @Operation(summary = "The signed-in member")
  MeView me(Authentication authentication) {
    return accounts.me(CurrentMember.of(authentication));
  }

  @Patch
  @Operation(summary = "Change the signed-in member's language or display name")
  MeView update(@Body @Valid UpdateMeRequest request, Authentication authentication) {
    return accounts.update(CurrentMember.of(authentication), request);
  }
}
