package no.helsebro.mentoring;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** Cohort matching: coordinators assign many mentees to mentors at once. */
@Controller("/api/v1")
@Secured(Roles.COORDINATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Mentoring")
class CohortController {

  private final CohortService cohorts;

  CohortController(CohortService cohorts) {
    this.cohorts = cohorts;
  }

  @Get("/cohort-candidates")
  @Operation(
      summary =
          "Members who can be matched now: needs stated, no active mentorship, no open request.")
  List<CohortCandidateView> candidates() {
    return cohorts.candidates();
  }

  @Post("/cohort-proposals")
  @Operation(
      summary =
          "Propose the assignment of these mentees to mentors with free places that gives the"
              + " highest total match score.")
  HttpResponse<CohortProposalView> propose(
      @Body @Valid NewCohortProposal proposal, Authentication auth) {
    CohortProposalView view = cohorts.propose(CurrentMember.of(auth).id(), proposal);
    return HttpResponse.created(view, URI.create("/api/v1/cohort-proposals/" + view.id()));
  }

  @Get("/cohort-proposals/{id}")
  @Operation(summary = "A cohort proposal with every assignment.")
  Optional<CohortProposalView> get(@PathVariable long id) {
    return cohorts.get(id);
  }

  @Patch("/cohort-proposals/{id}")
  @Operation(
      summary =
          "Confirm a proposal (one request per assigned mentee, except those left out) or discard"
              + " it.")
  CohortProposalView decide(
      @PathVariable long id, @Body @Valid CohortDecision decision, Authentication auth) {
    return cohorts.decide(id, CurrentMember.of(auth).id(), decision);
  }
}
