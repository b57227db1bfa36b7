package no.helsebro.mentoring;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The choices mentoring's forms and filters offer. */
@Controller("/api/v1/mentoring-options")
@Secured(no.helsebro.platform.security.Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Mentoring")
class MentoringOptionsController {

  private final TermCatalog terms;

  MentoringOptionsController(TermCatalog terms) {
    this.terms = terms;
  }

  @Get
  @Operation(
      summary =
          "Systems, topics, workplace types, regions, backgrounds and languages to choose from.")
  MentoringOptionsView options() {
    return new MentoringOptionsView(
        of(TermCatalog.SYSTEM),
        of(TermCatalog.EXPERTISE),
        of(TermCatalog.WORKPLACE_TYPE),
        of(TermCatalog.REGION),
        of(TermCatalog.BACKGROUND),
        of(TermCatalog.LANGUAGE));
  }

  private java.util.List<TermView> of(String kind) {
    return terms.ofKind(kind).stream().map(TermView::of).toList();
  }
}
