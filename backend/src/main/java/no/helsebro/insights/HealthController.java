package no.helsebro.insights;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import no.helsebro.insights.model.Periods;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.Roles;

/** The community health dashboard (coordinators only). */
@Controller("/api/v1/insights")
@Secured(Roles.COORDINATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Insights")
class HealthController {

  private final HealthFigures figures;
  private final InsightsRebuildJob job;
  private final InsightsConfig config;
  private final ExecutorService background;

  HealthController(
      HealthFigures figures,
      InsightsRebuildJob job,
      InsightsConfig config,
      @Named(TaskExecutors.BLOCKING) ExecutorService background) {
    this.figures = figures;
    this.job = job;
    this.config = config;
    this.background = background;
  }

  @Get("/health")
  @Operation(
      summary =
          "Community health by week or month over [from, to] (Norwegian dates), filtered by the"
              + " members' region, workplace type and system.")
  HealthView health(
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String by,
      @Nullable @QueryValue Long region,
      @Nullable @QueryValue Long workplaceType,
      @Nullable @QueryValue Long system) {
    LocalDate today = Periods.day(java.time.Instant.now());
    LocalDate end = DateParameter.parse("to", to, today);
    LocalDate start = DateParameter.parse("from", from, end.minusWeeks(12).plusDays(1));
    if (start.isAfter(end)) {
      throw ApiException.invalidField("from", "range", "from is after to");
    }
    if (ChronoUnit.DAYS.between(start, end) > config.getMaxRangeDays()) {
      throw ApiException.invalidField("from", "range", "the range is too long");
    }
    Periods.Granularity granularity;
    try {
      granularity =
          by == null
              ? Periods.Granularity.WEEK
              : Periods.Granularity.valueOf(by.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidField("by", "validation", "WEEK or MONTH");
    }
    return figures.read(new HealthQuery(granularity, start, end, region, workplaceType, system));
  }

  @Post("/refresh")
  @Operation(summary = "Rebuild the figures now (in the background); 202 at once.")
  HttpResponse<Void> refresh() {
    background.submit(job::refreshNow);
    return HttpResponse.accepted();
  }
}
