package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** Coordinators manage accounts: the approval queue, suspensions and the coordinator role. */
@Controller("/api/v1/member-accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.COORDINATOR)
@Tag(name = "Accounts")
class MemberAccountController {

  private final MemberAdministration administration;

  MemberAccountController(MemberAdministration administration) {
    this.administration = administration;
  }

  @Get
  @Operation(
      summary = "Member accounts, by status (PENDING_APPROVAL is the approval queue) and name")
  MemberAccountPage list(
      @Nullable @QueryValue MemberStatus status,
      @Nullable @QueryValue @Size(max = 100) String q,
      @QueryValue(defaultValue = "0") @Min(0) int page,
      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
    return administration.list(status, q, page, size);
  }

  @Get("/{id}")
  @Operation(summary = "One member account")
  MemberAccountView get(long id) {
    return administration.get(id);
  }

  @Post("/{id}/approval")
  @Operation(summary = "Approve a member waiting for approval")
  MemberAccountView approve(long id, Authentication authentication) {
    return administration.approve(CurrentMember.of(authentication), id);
  }

  @Post("/{id}/rejection")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Reject a member waiting for approval (their data is removed)")
  void reject(long id, @Body @Valid ReasonRequest request, Authentication authentication) {
    administration.reject(CurrentMember.of(authentication), id, request.reason());
  }

  @Post("/{id}/suspension")
  @Operation(
      summary =
          "Suspend a member to and including a day (lastDay, Norwegian time) or until a time,"
              + " with a reason they see")
  MemberAccountView suspend(
      long id, @Body @Valid SuspendRequest request, Authentication authentication) {
    Instant until = request.until();
    if (request.lastDay() != null) {
      until = SuspensionDays.endOf(request.lastDay());
      if (!until.isAfter(Instant.now())) {
        throw ApiException.invalidValue("lastDay", "future", "must be today or later");
      }
    }
    return administration.suspend(CurrentMember.of(authentication), id, until, request.reason());
  }

  @Delete("/{id}/suspension")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Lift a suspension")
  void lift(long id, Authentication authentication) {
    administration.lift(CurrentMember.of(authentication), id);
  }

  @Post("/{id}/coordinator")
  @Operation(summary = "Make a member a coordinator")
  MemberAccountView promote(long id, Authentication authentication) {
    return administration.setCoordinator(CurrentMember.of(authentication), id, true);
  }

  @Delete("/{id}/coordinator")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove the coordinator role")
  void demote(long id, Authentication authentication) {
    administration.setCoordinator(CurrentMember.of(authentication), id, false);
  }
}
