package no.helsebro.mentoring;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** The signed-in member's own mentoring: mentor profile, needs as a mentee, suggestions. */
@Controller("/api/v1/me")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Mentoring")
class MyMentoringController {

  private final MentorProfileService profiles;
  private final MenteeNeedsService needs;
  private final SuggestionService suggestions;

  MyMentoringController(
      MentorProfileService profiles, MenteeNeedsService needs, SuggestionService suggestions) {
    this.profiles = profiles;
    this.needs = needs;
    this.suggestions = suggestions;
  }

  @Get("/mentor-profile")
  @Operation(
      summary =
          "My mentor profile; 204 No Content when I have not opted in (a state, not a missing"
              + " resource).")
  HttpResponse<MentorProfileView> mentorProfile(Authentication auth) {
    return profiles
        .mine(CurrentMember.of(auth).id())
        .map(HttpResponse::ok)
        .orElseGet(HttpResponse::noContent);
  }

  @Put("/mentor-profile")
  @Operation(
      summary =
          "Opt in as a mentor, or change my mentor profile (expertise, capacity, availability,"
              + " contact mode, pause).")
  MentorProfileView saveMentorProfile(
      @Body @Valid MentorProfileRequest request, Authentication auth) {
    return profiles.save(CurrentMember.of(auth).id(), request);
  }

  @Delete("/mentor-profile")
  @Operation(summary = "Opt out as a mentor (refused while I have active mentees).")
  HttpResponse<Void> optOut(Authentication auth) {
    profiles.optOut(CurrentMember.of(auth).id());
    return HttpResponse.noContent();
  }

  @Get("/mentee-needs")
  @Operation(summary = "What I look for in a mentor (prefilled from my profile until I say).")
  MenteeNeedsView menteeNeeds(Authentication auth) {
    return needs.mine(CurrentMember.of(auth).id());
  }

  @Put("/mentee-needs")
  @Operation(summary = "State what I look for in a mentor.")
  MenteeNeedsView saveMenteeNeeds(@Body @Valid MenteeNeedsRequest request, Authentication auth) {
    return needs.save(CurrentMember.of(auth).id(), request);
  }

  @Get("/mentor-suggestions")
  @Operation(summary = "Mentors ranked for my needs, each with what matched and what did not.")
  SuggestionsView suggestions(
      @QueryValue(defaultValue = "10") @Min(1) @Max(50) int limit, Authentication auth) {
    return suggestions.suggest(CurrentMember.of(auth).id(), limit);
  }
}
