package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import no.helsebro.mentoring.matching.Shift;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** The mentor directory and mentor pages. */
@Controller("/api/v1/mentors")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Mentoring")
class MentorController {

  private final MentorDirectoryService directory;

  MentorController(MentorDirectoryService directory) {
    this.directory = directory;
  }

  @Get
  @Operation(
      summary =
          "Active mentors, filtered by system, workplace type, region, background, language,"
              + " shifts (any of them) and free places; sorted by name, free places or newest.")
  MentorPage list(
      @QueryValue @Nullable Long system,
      @QueryValue @Nullable Long workplaceType,
      @QueryValue @Nullable Long region,
      @QueryValue @Nullable Long background,
      @QueryValue @Nullable Long language,
      @QueryValue @Nullable List<Shift> availability,
      @QueryValue(defaultValue = "false") boolean hasCapacity,
      @QueryValue @Nullable String q,
      @QueryValue(defaultValue = "0") @Min(0) int page,
      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size,
      @QueryValue(defaultValue = "name")
          @Pattern(regexp = "name|free-places|newest", message = "choice")
          String sort) {
    return directory.list(
        new MentorDirectoryService.Filter(
            system,
            workplaceType,
            region,
            background,
            language,
            availability == null ? List.of() : availability,
            hasCapacity,
            q),
        page,
        size,
        sort);
  }

  @Get("/{id}")
  @Operation(summary = "A mentor's page, with whether the caller may send them a request.")
  Optional<MentorView> get(@PathVariable long id, Authentication auth) {
    return directory.get(id, CurrentMember.of(auth).id());
  }
}
