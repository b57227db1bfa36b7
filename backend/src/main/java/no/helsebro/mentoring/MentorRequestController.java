package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** Requests for mentoring, sent and received. Only the two members of a request see it. */
@Controller("/api/v1/mentor-requests")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Mentoring")
class MentorRequestController {

  private final MentorRequestReader requests;
  private final SendMentorRequest sending;
  private final DecideMentorRequest deciding;

  MentorRequestController(
      MentorRequestReader requests, SendMentorRequest sending, DecideMentorRequest deciding) {
    this.requests = requests;
    this.sending = sending;
    this.deciding = deciding;
  }

  @Get
  @Operation(summary = "Requests I sent or received, newest first; filter by status.")
  List<MentorRequestView> mine(
      @QueryValue
          @Nullable
          @Pattern(
              regexp = "OPEN|ACCEPTED|DECLINED|EXPIRED|WITHDRAWN|CANCELLED|MATCHED_ELSEWHERE",
              message = "choice")
          String status,
      Authentication auth) {
    return requests.mine(CurrentMember.of(auth).id(), status);
  }

  @Post
  @Operation(summary = "Ask a mentor to mentor me, with a message.")
  HttpResponse<MentorRequestView> send(@Body @Valid NewMentorRequest request, Authentication auth) {
    MentorRequestView view = sending.send(CurrentMember.of(auth).id(), request);
    return HttpResponse.created(view, URI.create("/api/v1/mentor-requests/" + view.id()));
  }

  @Get("/{id}")
  @Operation(summary = "One request I sent or received.")
  Optional<MentorRequestView> get(@PathVariable long id, Authentication auth) {
    return requests.get(id, CurrentMember.of(auth).id());
  }

  @Patch("/{id}")
  @Operation(
      summary = "Accept or decline a request made to me (with an optional note), or withdraw mine.")
  MentorRequestView decide(
      @PathVariable long id, @Body @Valid MentorRequestDecision decision, Authentication auth) {
    return deciding.decide(id, CurrentMember.of(auth).id(), decision);
  }
}
