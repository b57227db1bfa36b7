package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** Member pages, the member directory and the signed-in member's own profile. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADVISOR)
@Tag(name = "Profiles")
class ProfileController {

  private final ProfileService profiles;

  ProfileController(ProfileService profiles) {
    this.profiles = profiles;
  }

  @Get("/members")
  @Operation(summary = "The member directory: active members by name, filtered, paginated")
  MemberCardPage directory(
      @Nullable @QueryValue @Size(max = 100) String q,
      @Nullable @QueryValue Long region,
      @Nullable @QueryValue Long county,
      @Nullable @QueryValue Long workplaceType,
      @Nullable @QueryValue Long system,
      @Nullable @QueryValue Long background,
      @Nullable @QueryValue Long expertise,
      @QueryValue(defaultValue = "0") @Min(0) @Max(10000) int page,
      @QueryValue(defaultValue = "20") @Min(1) @Max(50) int size) {
    return profiles.directory(
        new ProfileService.DirectoryQuery(
            q, region, county, workplaceType, system, background, expertise, page, size));
  }

  @Get("/members/{id}")
  @Operation(summary = "A member page: profile and contributions")
  MemberProfileView member(long id) {
    return profiles.profile(id);
  }

  @Get("/me/profile")
  @Operation(summary = "My profile, for the edit form")
  MemberProfileView mine(Authentication authentication) {
    return profiles.profile(CurrentMember.of(authentication).id());
  }

  @Put("/me/profile")
  @Operation(summary = "Save my profile")
  MemberProfileView update(
      @Body @Valid UpdateProfileRequest request, Authentication authentication) {
    return profiles.update(CurrentMember.of(authentication).id(), request);
  }
}
