package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import no.helsebro.platform.idempotency.Idempotency;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/**
 * Mentorships and their private space: messages, goals, check-ins and feedback. Only the mentor and
 * the mentee see any of it; for everyone else, coordinators included, it does not exist (404).
 */
@Controller("/api/v1/mentorships")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Mentoring")
class MentorshipController {

  private final MentorshipService mentorships;

  MentorshipController(MentorshipService mentorships) {
    this.mentorships = mentorships;
  }

  @Get
  @Operation(summary = "My mentorships, as mentor or mentee; active ones first.")
  List<MentorshipSummary> mine(Authentication auth) {
    return mentorships.mine(me(auth));
  }

  @Get("/{id}")
  @Operation(summary = "One of my mentorships.")
  Optional<MentorshipSummary> get(@PathVariable long id, Authentication auth) {
    return mentorships.get(id, me(auth));
  }

  @Patch("/{id}")
  @Operation(summary = "End a mentorship (status ENDED, optional reason); either member may.")
  MentorshipSummary end(
      @PathVariable long id, @Body @Valid EndMentorship end, Authentication auth) {
    return mentorships.end(id, me(auth), end.reason());
  }

  @Get("/{id}/messages")
  @Operation(summary = "Messages, oldest first; page 0 holds the newest.")
  MessagePage messages(
      @PathVariable long id,
      @QueryValue(defaultValue = "0") @Min(0) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size,
      Authentication auth) {
    return mentorships.messages(id, me(auth), page, size);
  }

  @Post("/{id}/messages")
  @Operation(
      summary =
          "Write to the other member. Send an Idempotency-Key header so a retry never posts"
              + " twice.")
  HttpResponse<MessageView> post(
      @PathVariable long id,
      @Body @Valid NewMessage message,
      @Header(Idempotency.HEADER) @Nullable String idempotencyKey,
      Authentication auth) {
    MentorshipService.Posted posted = mentorships.post(id, me(auth), message, idempotencyKey);
    return Idempotency.created(
        posted.view(), location(id, "messages", posted.view().id()), posted.replayed());
  }

  @Get("/{id}/goals")
  @Operation(summary = "Shared goals, oldest first.")
  List<GoalView> goals(@PathVariable long id, Authentication auth) {
    return mentorships.goals(id, me(auth));
  }

  @Post("/{id}/goals")
  @Operation(summary = "Add a shared goal.")
  HttpResponse<GoalView> addGoal(
      @PathVariable long id, @Body @Valid NewGoal goal, Authentication auth) {
    GoalView view = mentorships.addGoal(id, me(auth), goal);
    return created(view, id, "goals", view.id());
  }

  @Patch("/{id}/goals/{goalId}")
  @Operation(summary = "Change a goal's title or status.")
  GoalView updateGoal(
      @PathVariable long id,
      @PathVariable long goalId,
      @Body @Valid GoalUpdate update,
      Authentication auth) {
    return mentorships.updateGoal(id, goalId, me(auth), update);
  }

  @Get("/{id}/check-ins")
  @Operation(summary = "Check-ins, latest first.")
  List<CheckInView> checkIns(@PathVariable long id, Authentication auth) {
    return mentorships.checkIns(id, me(auth));
  }

  @Post("/{id}/check-ins")
  @Operation(summary = "Record a check-in: a date and a short note.")
  HttpResponse<CheckInView> addCheckIn(
      @PathVariable long id, @Body @Valid NewCheckIn checkIn, Authentication auth) {
    CheckInView view = mentorships.addCheckIn(id, me(auth), checkIn);
    return created(view, id, "check-ins", view.id());
  }

  @Get("/{id}/feedback")
  @Operation(summary = "My own feedback on an ended mentorship; 404 until I have given it.")
  Optional<FeedbackView> feedback(@PathVariable long id, Authentication auth) {
    return mentorships.feedback(id, me(auth));
  }

  @Put("/{id}/feedback")
  @Operation(summary = "Give or change my feedback on an ended mentorship.")
  FeedbackView giveFeedback(
      @PathVariable long id, @Body @Valid FeedbackRequest feedback, Authentication auth) {
    return mentorships.giveFeedback(id, me(auth), feedback);
  }

  private static long me(Authentication auth) {
    return CurrentMember.of(auth).id();
  }

  /** 201 with a new goal or check-in of a mentorship's space. */
  private static <T> MutableHttpResponse<T> created(T view, long id, String part, long itemId) {
    return HttpResponse.created(view, URI.create(location(id, part, itemId)));
  }

  /** Where an item of a mentorship's space lives: {@code /api/v1/mentorships/{id}/{part}/{n}}. */
  private static String location(long id, String part, long itemId) {
    return "/api/v1/mentorships/" + id + "/" + part + "/" + itemId;
  }
}
