package no.helsebro.mentoring;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** No question left alone: questions offered to me, and where my questions stand. */
@Controller("/api/v1")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Mentoring")
class QuestionRoutingController {

  private final QuestionRoutingReader routing;

  QuestionRoutingController(QuestionRoutingReader routing) {
    this.routing = routing;
  }

  @Get("/me/question-offers")
  @Operation(summary = "Unanswered questions offered to me because I may be able to help.")
  List<QuestionOfferView> offers(Authentication auth) {
    return routing.offersFor(CurrentMember.of(auth).id());
  }

  @Delete("/me/question-offers/{topicId}")
  @Operation(summary = "Remove a question from my list of questions for me.")
  HttpResponse<Void> dismiss(@PathVariable long topicId, Authentication auth) {
    return routing.dismiss(CurrentMember.of(auth).id(), topicId)
        ? HttpResponse.noContent()
        : HttpResponse.notFound();
  }

  @Get("/me/question-routings")
  @Operation(summary = "Where my questions stand: who they have been offered to, and when.")
  List<QuestionRoutingView> mine(Authentication auth) {
    return routing.askedBy(CurrentMember.of(auth).id());
  }

  @Get("/question-routings/{topicId}")
  @Operation(summary = "Where one question stands; for its asker and for coordinators.")
  Optional<QuestionRoutingView> get(@PathVariable long topicId, Authentication auth) {
    CurrentMember me = CurrentMember.of(auth);
    return routing.get(topicId, me.id(), me.isCoordinator());
  }
}
