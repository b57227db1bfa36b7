package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.helsebro.platform.security.Roles;

/**
 * Coordinators pick a topic by its title (the merge dialog): a "contains" look-up until full-text
 * search exists. Not a search for members: it sees hidden topics too.
 */
@Controller("/api/v1/topic-titles")
@Secured(Roles.COORDINATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Forum")
class TopicTitleController {

  private final TopicTitleRepository titles;

  TopicTitleController(TopicTitleRepository titles) {
    this.titles = titles;
  }

  @Get
  @Operation(
      summary =
          "Up to ten topics whose title contains the text, newest activity first, merged topics"
              + " and `except` left out (coordinators)")
  List<TopicTitle> matching(
      @QueryValue @NotBlank @Size(min = 3, max = 200) String contains,
      @Nullable @QueryValue Long except) {
    String escaped = contains.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return titles.matching("%" + escaped + "%", except == null ? 0 : except);
  }
}
