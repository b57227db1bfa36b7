package no.helsebro.insights;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import no.helsebro.insights.model.Periods;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/**
 * Contribution reports: a member makes their own; a coordinator can make one for any member, and
 * that is audited. PDF or CSV, in the member's language.
 */
@Controller("/api/v1/contribution-reports")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Insights")
class ReportController {

  private final ContributionReport report;
  private final ReportDocuments documents;
  private final AuditLog audit;

  ReportController(ContributionReport report, ReportDocuments documents, AuditLog audit) {
    this.report = report;
    this.documents = documents;
    this.audit = audit;
  }

  @Get("/{memberId}")
  @Operation(
      summary =
          "A member's contribution report for [from, to] (default: the last 12 months) as PDF"
              + " (format=pdf) or CSV (format=csv).")
  HttpResponse<byte[]> report(
      @PathVariable long memberId,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String format,
      Authentication auth) {
    CurrentMember me = CurrentMember.of(auth);
    if (memberId != me.id() && !me.isCoordinator()) {
      throw ApiException.forbidden("not-your-report", "A member makes only their own report.");
    }
    String kind = format == null ? "pdf" : format;
    if (!kind.equals("pdf") && !kind.equals("csv")) {
      throw ApiException.invalidField("format", "validation", "pdf or csv");
    }
    LocalDate end = DateParameter.parse("to", to, Periods.day(java.time.Instant.now()));
    LocalDate start = DateParameter.parse("from", from, ReportDocuments.yearAgo(end));
    if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) > 3 * 366) {
      throw ApiException.invalidField(
          "from", "range", "from must be before to, at most three years");
    }
    ContributionFigures figures = report.figures(memberId, start, end);
    if (memberId != me.id()) {
      audit.record(
          me.id(),
          "report.contribution",
          "member",
          memberId,
          null,
          Map.of("from", start.toString(), "to", end.toString(), "format", kind));
    }
    boolean pdf = kind.equals("pdf");
    return HttpResponse.ok(pdf ? documents.pdf(figures) : documents.csv(figures))
        .contentType(
            pdf ? MediaType.of("application/pdf") : MediaType.of("text/csv; charset=utf-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + ReportDocuments.fileName(figures, kind) + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
