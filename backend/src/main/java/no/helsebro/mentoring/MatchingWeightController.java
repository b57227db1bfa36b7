package no.helsebro.mentoring;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** The weights of the matching factors: everyone may read them, coordinators tune them. */
@Controller("/api/v1/matching-weights")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Mentoring")
class MatchingWeightController {

  private final MatchingWeights weights;

  MatchingWeightController(MatchingWeights weights) {
    this.weights = weights;
  }

  @Get
  @Secured(Roles.ADVISOR)
  @Operation(summary = "The weight (0-10) of each matching factor.")
  MatchingWeightsView get() {
    return weights.view();
  }

  @Put
  @Secured(Roles.COORDINATOR)
  @Operation(summary = "Set the weight of every matching factor (coordinators).")
  MatchingWeightsView put(@Body @Valid MatchingWeightsRequest request, Authentication auth) {
    return weights.save(CurrentMember.of(auth).id(), request);
  }
}
