package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MentorshipSpaceTest {

  @Inject MentoringFixtures f;

  @Test
  void bothMembersWriteAndReadMessagesInOrder() {
    MentoringFixtures.Pair p = f.mentorship();
    String path = "/api/v1/mentorships/" + p.mentorshipId() + "/messages";

    f.post(
        p.mentee().token(), path, new NewMessage("Hei, takk for at du sa ja!"), MessageView.class);
    f.post(
        p.mentor().token(),
        path,
        new NewMessage("Så hyggelig. Når passer det?"),
        MessageView.class);

    MessagePage page = f.get(p.mentor().token(), path, MessagePage.class);
    assertThat(page.items())
        .extracting(MessageView::body)
        .containsExactly("Hei, takk for at du sa ja!", "Så hyggelig. Når passer det?");
    assertThat(page.items().get(0).author().id()).isEqualTo(p.mentee().id());
    assertThat(page.totalItems()).isEqualTo(2);
  }

  @Test
  void aRetriedMessageWithTheSameIdempotencyKeyIsStoredOnce() {
    MentoringFixtures.Pair p = f.mentorship();
    String path = "/api/v1/mentorships/" + p.mentorshipId() + "/messages";
    String key = UUID.randomUUID().toString();

    MessageView first =
        f.http()
            .retrieve(
                HttpRequest.POST(path, new NewMessage("Bare én gang"))
                    .header("Idempotency-Key", key)
                    .bearerAuth(p.mentee().token()),
                MessageView.class);
    MessageView retry =
        f.http()
            .retrieve(
                HttpRequest.POST(path, new NewMessage("Bare én gang"))
                    .header("Idempotency-Key", key)
                    .bearerAuth(p.mentee().token()),
                MessageView.class);

    assertThat(retry.id()).isEqualTo(first.id());
    assertThat(f.get(p.mentee().token(), path, MessagePage.class).totalItems()).isEqualTo(1);
  }

  @Test
  void messagesWithANationalIdNumberAreRefused() {
    MentoringFixtures.Pair p = f.mentorship();

    MentoringFixtures.Refusal r =
        f.refusal(
            HttpRequest.POST(
                    "/api/v1/mentorships/" + p.mentorshipId() + "/messages",
                    new NewMessage("Se på 01010710029"))
                .bearerAuth(p.mentee().token()));

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("patient-data");
  }

  @Test
  void nobodyButTheTwoMembersSeesTheSpaceNotEvenACoordinator() {
    MentoringFixtures.Pair p = f.mentorship();
    f.post(
        p.mentee().token(),
        "/api/v1/mentorships/" + p.mentorshipId() + "/messages",
        new NewMessage("Privat"),
        MessageView.class);
    String base = "/api/v1/mentorships/" + p.mentorshipId();
    List<TestMember> outsiders =
        List.of(f.members().coordinator(), f.members().advisor(), f.members().mentor());

    for (TestMember outsider : outsiders) {
      for (String path :
          List.of(
              base, base + "/messages", base + "/goals", base + "/check-ins", base + "/feedback")) {
        assertThat(f.status(HttpRequest.GET(path).bearerAuth(outsider.token())))
            .as("GET %s as an outsider", path)
            .isEqualTo(404);
      }
      assertThat(
              f.status(
                  HttpRequest.POST(base + "/messages", new NewMessage("Hei"))
                      .bearerAuth(outsider.token())))
          .isEqualTo(404);
      assertThat(
              f.status(
                  HttpRequest.PATCH(base, Map.of("status", "ENDED")).bearerAuth(outsider.token())))
          .isEqualTo(404);
      assertThat(f.getList(outsider.token(), "/api/v1/mentorships", MentorshipSummary.class))
          .extracting(MentorshipSummary::id)
          .doesNotContain(p.mentorshipId());
    }
  }

  @Test
  void goalsAreSharedAndMoveThroughTheirStatuses() {
    MentoringFixtures.Pair p = f.mentorship();
    String path = "/api/v1/mentorships/" + p.mentorshipId() + "/goals";

    GoalView goal =
        f.post(
            p.mentee().token(),
            path,
            new NewGoal("Lage opplæringsplan for nattevakter"),
            GoalView.class);
    GoalView started =
        f.patch(
            p.mentor().token(),
            path + "/" + goal.id(),
            Map.of("status", "IN_PROGRESS"),
            GoalView.class);
    GoalView done =
        f.patch(
            p.mentee().token(), path + "/" + goal.id(), Map.of("status", "DONE"), GoalView.class);

    assertThat(goal.status()).isEqualTo("OPEN");
    assertThat(started.status()).isEqualTo("IN_PROGRESS");
    assertThat(done.status()).isEqualTo("DONE");
    assertThat(f.getList(p.mentor().token(), path, GoalView.class))
        .extracting(GoalView::title)
        .containsExactly("Lage opplæringsplan for nattevakter");
  }

  @Test
  void checkInsHaveADateAndANote() {
    MentoringFixtures.Pair p = f.mentorship();
    String path = "/api/v1/mentorships/" + p.mentorshipId() + "/check-ins";
    LocalDate today = LocalDate.now();

    f.post(
        p.mentor().token(),
        path,
        new NewCheckIn(today.minusDays(7), "Første samtale"),
        CheckInView.class);
    f.post(
        p.mentee().token(), path, new NewCheckIn(today, "Gikk gjennom planen"), CheckInView.class);

    List<CheckInView> all = f.getList(p.mentee().token(), path, CheckInView.class);
    assertThat(all)
        .extracting(CheckInView::note)
        .containsExactly("Gikk gjennom planen", "Første samtale");
    assertThat(all.get(1).heldOn()).isEqualTo(today.minusDays(7));
  }

  @Test
  void aCheckInDateFarFromTodayIsRefused() {
    MentoringFixtures.Pair p = f.mentorship();

    MentoringFixtures.Refusal r =
        f.refusal(
            HttpRequest.POST(
                    "/api/v1/mentorships/" + p.mentorshipId() + "/check-ins",
                    new NewCheckIn(LocalDate.now().plusYears(3), "Langt fram"))
                .bearerAuth(p.mentee().token()));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.problem().get("errors").toString()).contains("heldOn");
  }

  @Test
  void eitherSideEndsItThePlaceIsFreedAndBothAreAskedForFeedback() {
    MentoringFixtures.Pair p = f.mentorship();
    String base = "/api/v1/mentorships/" + p.mentorshipId();

    MentorshipSummary ended =
        f.patch(
            p.mentee().token(),
            base,
            Map.of("status", "ENDED", "reason", "Målet er nådd"),
            MentorshipSummary.class);

    assertThat(ended.status()).isEqualTo("ENDED");
    assertThat(ended.endedBy().id()).isEqualTo(p.mentee().id());
    assertThat(ended.feedbackDue()).isTrue();
    assertThat(f.get(p.mentor().token(), base, MentorshipSummary.class).feedbackDue()).isTrue();
    assertThat(
            f.get(p.mentor().token(), "/api/v1/me/mentor-profile", MentorProfileView.class)
                .activeMentees())
        .isZero();
    MentoringFixtures.Refusal write =
        f.refusal(
            HttpRequest.POST(base + "/messages", new NewMessage("Hallo?"))
                .bearerAuth(p.mentor().token()));
    assertThat(write.code()).isEqualTo("mentorship-ended");

    FeedbackView feedback =
        f.put(
            p.mentor().token(),
            base + "/feedback",
            new FeedbackRequest(true, 4, "Lærerikt for meg også"),
            FeedbackView.class);

    assertThat(feedback.rating()).isEqualTo(4);
    assertThat(f.get(p.mentor().token(), base, MentorshipSummary.class).feedbackDue()).isFalse();
    assertThat(f.get(p.mentee().token(), base, MentorshipSummary.class).feedbackDue()).isTrue();
  }

  @Test
  void feedbackWaitsUntilTheMentorshipHasEndedAndRatesOneToFive() {
    MentoringFixtures.Pair p = f.mentorship();
    String base = "/api/v1/mentorships/" + p.mentorshipId();

    MentoringFixtures.Refusal early =
        f.refusal(
            HttpRequest.PUT(base + "/feedback", new FeedbackRequest(true, 5, null))
                .bearerAuth(p.mentee().token()));
    f.patch(p.mentor().token(), base, Map.of("status", "ENDED"), MentorshipSummary.class);
    MentoringFixtures.Refusal outOfRange =
        f.refusal(
            HttpRequest.PUT(base + "/feedback", Map.of("helped", true, "rating", 6))
                .bearerAuth(p.mentee().token()));

    assertThat(early.code()).isEqualTo("mentorship-active");
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.problem().get("errors").toString()).contains("rating");
  }

  @Test
  void anEndedMentorshipCannotBeEndedAgain() {
    MentoringFixtures.Pair p = f.mentorship();
    String base = "/api/v1/mentorships/" + p.mentorshipId();
    f.patch(p.mentor().token(), base, Map.of("status", "ENDED"), MentorshipSummary.class);

    MentoringFixtures.Refusal again =
        f.refusal(
            HttpRequest.PATCH(base, Map.of("status", "ENDED")).bearerAuth(p.mentee().token()));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("mentorship-ended");
  }
}
