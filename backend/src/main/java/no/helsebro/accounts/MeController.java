package no.helsebro.accounts;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
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

  MeController(AccountService accounts) {
    this.accounts = accounts;
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
