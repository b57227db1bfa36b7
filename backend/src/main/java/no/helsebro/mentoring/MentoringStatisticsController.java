package no.helsebro.mentoring;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.helsebro.platform.security.Roles;

/** Mentoring in numbers, for coordinators. */
@Controller("/api/v1/mentoring-statistics")
@Secured(Roles.COORDINATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Mentoring")
class MentoringStatisticsController {

  private final MentoringStatisticsService statistics;

  MentoringStatisticsController(MentoringStatisticsService statistics) {
    this.statistics = statistics;
  }

  @Get
  @Operation(
      summary =
          "Mentors, mentorships, request outcomes and feedback in aggregate (never one member's"
              + " answer).")
  MentoringStatisticsView statistics() {
    return statistics.statistics();
  }
}
