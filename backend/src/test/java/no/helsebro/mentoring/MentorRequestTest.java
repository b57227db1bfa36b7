package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MentorRequestTest {

  @Inject MentoringFixtures f;
  @Inject JdbcQueries sql;
  @Inject SendMentorRequest requests;
  @Inject CloseMentorRequests closing;
  @Inject MentoringService mentoring;

  @Test
  void aMenteeSendsARequestAndBothSeeItAsOpen() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();

    var response =
        f.http()
            .exchange(
                HttpRequest.POST(
                        "/api/v1/mentor-requests",
                        new NewMentorRequest(mentor.id(), "Hei! Kan vi snakke om opplæring?"))
                    .bearerAuth(mentee.token()),
                MentorRequestView.class);

    assertThat(response.code()).isEqualTo(201);
    MentorRequestView sent = response.body();
    assertThat(response.header("Location")).isEqualTo("/api/v1/mentor-requests/" + sent.id());
    assertThat(sent.status()).isEqualTo("OPEN");
    assertThat(sent.role()).isEqualTo("MENTEE");
    assertThat(sent.expiresAt()).isAfter(Instant.now().plusSeconds(13 * 24 * 3600));
    List<MentorRequestView> incoming =
        f.getList(mentor.token(), "/api/v1/mentor-requests?status=OPEN", MentorRequestView.class);
    assertThat(incoming).extracting(MentorRequestView::id).containsExactly(sent.id());
    assertThat(incoming.get(0).role()).isEqualTo("MENTOR");
  }

  @Test
  void nobodyCanAskThemselves() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);

    MentoringFixtures.Refusal r =
        f.refusal(
            HttpRequest.POST("/api/v1/mentor-requests", new NewMentorRequest(mentor.id(), "Meg?"))
                .bearerAuth(mentor.token()));

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.code()).isEqualTo("self-mentoring");
  }

  @Test
  void aSecondOpenRequestToTheSameMentorIsRefused() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    f.request(mentee, mentor);

    MentoringFixtures.Refusal r =
        f.refusal(
            HttpRequest.POST("/api/v1/mentor-requests", new NewMentorRequest(mentor.id(), "Igjen"))
                .bearerAuth(mentee.token()));

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.code()).isEqualTo("request-open");
  }

  @Test
  void theUniqueKeyRefusesASecondOpenRequestEvenWhenTheChecksAreRaced() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    requests.create(mentee.id(), mentor.id(), "Første", "MEMBER", null);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> requests.create(mentee.id(), mentor.id(), "Andre", "MEMBER", null))
        .hasMessageContaining("open request");
  }

  @Test
  void aMessageWithANationalIdNumberIsRefused() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();

    MentoringFixtures.Refusal r =
        f.refusal(
            HttpRequest.POST(
                    "/api/v1/mentor-requests",
                    new NewMentorRequest(mentor.id(), "Gjelder 010107 10029 i journalen"))
                .bearerAuth(mentee.token()));

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("patient-data");
  }

  @Test
  void theMentorDeclinesWithANoteTheMenteeCanRead() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    MentorRequestView r = f.request(mentee, mentor);

    f.decide(mentor, r.id(), "DECLINED", "Har dessverre ikke tid denne våren");

    MentorRequestView seen =
        f.get(mentee.token(), "/api/v1/mentor-requests/" + r.id(), MentorRequestView.class);
    assertThat(seen.status()).isEqualTo("DECLINED");
    assertThat(seen.responseNote()).isEqualTo("Har dessverre ikke tid denne våren");
    assertThat(seen.decidedAt()).isNotNull();
  }

  @Test
  void onlyTheMentorDecidesAndOnlyTheMenteeWithdraws() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    MentorRequestView r = f.request(mentee, mentor);

    MentoringFixtures.Refusal accept =
        f.refusal(
            HttpRequest.PATCH("/api/v1/mentor-requests/" + r.id(), Map.of("status", "ACCEPTED"))
                .bearerAuth(mentee.token()));
    MentoringFixtures.Refusal withdraw =
        f.refusal(
            HttpRequest.PATCH("/api/v1/mentor-requests/" + r.id(), Map.of("status", "WITHDRAWN"))
                .bearerAuth(mentor.token()));
    MentorRequestView withdrawn = f.decide(mentee, r.id(), "WITHDRAWN", null);

    assertThat(accept.status()).isEqualTo(403);
    assertThat(withdraw.status()).isEqualTo(403);
    assertThat(withdrawn.status()).isEqualTo("WITHDRAWN");
  }

  @Test
  void aClosedRequestCannotBeDecidedAgain() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    MentorRequestView r = f.request(mentee, mentor);
    f.decide(mentor, r.id(), "ACCEPTED", null);

    MentoringFixtures.Refusal again =
        f.refusal(
            HttpRequest.PATCH("/api/v1/mentor-requests/" + r.id(), Map.of("status", "DECLINED"))
                .bearerAuth(mentor.token()));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("request-closed");
  }

  @Test
  void acceptingOpensAMentorshipAndTakesAPlace() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    MentorRequestView r = f.request(mentee, mentor);

    MentorRequestView accepted = f.decide(mentor, r.id(), "ACCEPTED", "Velkommen");

    assertThat(accepted.status()).isEqualTo("ACCEPTED");
    assertThat(accepted.mentorshipId()).isNotNull();
    MentorshipSummary m =
        f.get(
            mentee.token(),
            "/api/v1/mentorships/" + accepted.mentorshipId(),
            MentorshipSummary.class);
    assertThat(m.status()).isEqualTo("ACTIVE");
    assertThat(m.other().id()).isEqualTo(mentor.id());
    assertThat(
            f.get(mentor.token(), "/api/v1/me/mentor-profile", MentorProfileView.class)
                .activeMentees())
        .isEqualTo(1);
  }

  @Test
  void aFullMentorCannotBeAskedAndCannotAcceptMore() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 1);
    TestMember first = f.members().advisor();
    TestMember second = f.members().advisor();
    MentorRequestView r1 = f.request(first, mentor);
    MentorRequestView r2 = f.request(second, mentor);
    f.decide(mentor, r1.id(), "ACCEPTED", null);
    TestMember third = f.members().advisor();

    MentoringFixtures.Refusal accept =
        f.refusal(
            HttpRequest.PATCH("/api/v1/mentor-requests/" + r2.id(), Map.of("status", "ACCEPTED"))
                .bearerAuth(mentor.token()));
    MentoringFixtures.Refusal ask =
        f.refusal(
            HttpRequest.POST("/api/v1/mentor-requests", new NewMentorRequest(mentor.id(), "Hei"))
                .bearerAuth(third.token()));

    assertThat(accept.status()).isEqualTo(409);
    assertThat(accept.code()).isEqualTo("mentor-full");
    assertThat(ask.code()).isEqualTo("mentor-full");
  }

  @Test
  void parallelAcceptsNeverGiveAMentorMoreMenteesThanTheirCapacity() throws Exception {
    int capacity = 3;
    int requestsMade = 12;
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), capacity);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < requestsMade; i++) {
      // Requests straight into the table: the API would refuse more than the free places.
      TestMember mentee = f.members().advisor();
      ids.add(requests.create(mentee.id(), mentor.id(), "Hei", "MEMBER", null));
    }
    ExecutorService pool = Executors.newFixedThreadPool(requestsMade);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (long id : ids) {
      Callable<Integer> accept =
          () -> {
            start.await();
            return f.status(
                HttpRequest.PATCH("/api/v1/mentor-requests/" + id, Map.of("status", "ACCEPTED"))
                    .bearerAuth(mentor.token()));
          };
      results.add(pool.submit(accept));
    }
    start.countDown();
    int accepted = 0;
    int refused = 0;
    for (Future<Integer> r : results) {
      int status = r.get();
      if (status == 200) {
        accepted++;
      } else if (status == 409) {
        refused++;
      }
    }
    pool.shutdown();

    assertThat(accepted).isEqualTo(capacity);
    assertThat(refused).isEqualTo(requestsMade - capacity);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM mentorships WHERE mentor_id = ? AND status = 'ACTIVE'",
                mentor.id()))
        .isEqualTo(capacity);
    assertThat(
            sql.count(
                "SELECT active_mentees FROM mentor_profiles WHERE member_id = ?", mentor.id()))
        .isEqualTo(capacity);
  }

  @Test
  void aMenteeMayHaveOnlyAFewOpenRequestsAtOnce() {
    long system = f.newTerm("SYSTEM");
    TestMember mentee = f.members().advisor();
    for (int i = 0; i < 5; i++) {
      f.request(mentee, f.mentorOf(system, 1));
    }
    TestMember sixth = f.mentorOf(system, 1);

    MentoringFixtures.Refusal r =
        f.refusal(
            HttpRequest.POST("/api/v1/mentor-requests", new NewMentorRequest(sixth.id(), "Hei"))
                .bearerAuth(mentee.token()));

    assertThat(r.code()).isEqualTo("too-many-open-requests");
  }

  @Test
  void openRequestsExpireWhenTheirTimeIsUp() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    MentorRequestView due = f.request(mentee, mentor);
    MentorRequestView later = f.request(f.members().advisor(), mentor);
    sql.update(
        "UPDATE mentor_requests SET expires_at = ? WHERE id = ?",
        Instant.now().minusSeconds(60),
        due.id());

    int expired = closing.expireDue(Instant.now());

    assertThat(expired).isGreaterThanOrEqualTo(1);
    assertThat(
            f.get(mentee.token(), "/api/v1/mentor-requests/" + due.id(), MentorRequestView.class)
                .status())
        .isEqualTo("EXPIRED");
    assertThat(
            f.get(mentor.token(), "/api/v1/mentor-requests/" + later.id(), MentorRequestView.class)
                .status())
        .isEqualTo("OPEN");
  }

  @Test
  void aRequestPastItsExpiryCannotBeAcceptedOrDeclinedBeforeTheSweepRuns() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    MentorRequestView r = f.request(mentee, mentor);
    sql.update(
        "UPDATE mentor_requests SET expires_at = ? WHERE id = ?",
        Instant.now().minusSeconds(1),
        r.id());

    MentoringFixtures.Refusal accept =
        f.refusal(
            HttpRequest.PATCH("/api/v1/mentor-requests/" + r.id(), Map.of("status", "ACCEPTED"))
                .bearerAuth(mentor.token()));
    MentoringFixtures.Refusal decline =
        f.refusal(
            HttpRequest.PATCH("/api/v1/mentor-requests/" + r.id(), Map.of("status", "DECLINED"))
                .bearerAuth(mentor.token()));

    assertThat(accept.status()).isEqualTo(409);
    assertThat(accept.code()).isEqualTo("request-closed");
    assertThat(accept.problem()).containsEntry("requestStatus", "EXPIRED");
    assertThat(decline.status()).isEqualTo(409);
    assertThat(decline.code()).isEqualTo("request-closed");
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM mentorships WHERE mentor_id = ? AND mentee_id = ?",
                mentor.id(),
                mentee.id()))
        .isZero();
    assertThat(
            f.get(mentor.token(), "/api/v1/me/mentor-profile", MentorProfileView.class)
                .activeMentees())
        .isZero();
    assertThat(
            f.get(mentee.token(), "/api/v1/mentor-requests/" + r.id(), MentorRequestView.class)
                .status())
        .isEqualTo("EXPIRED");
  }

  @Test
  void aRequestPastItsExpiryNeitherCountsAsOpenNorBlocksAskingTheSameMentorAgain() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    MentorRequestView old = f.request(mentee, mentor);
    sql.update(
        "UPDATE mentor_requests SET expires_at = ? WHERE id = ?",
        Instant.now().minusSeconds(1),
        old.id());

    List<MentorRequestView> open =
        f.getList(mentee.token(), "/api/v1/mentor-requests?status=OPEN", MentorRequestView.class);
    MentorRequestView again = f.request(mentee, mentor);

    assertThat(open).noneMatch(x -> x.id() == old.id());
    assertThat(again.status()).isEqualTo("OPEN");
    assertThat(
            f.get(mentee.token(), "/api/v1/mentor-requests/" + old.id(), MentorRequestView.class)
                .status())
        .isEqualTo("EXPIRED");
  }

  @Test
  void aSuspendedMemberLeavesNoOpenRequestsBehind() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember suspendedMentee = f.members().advisor();
    MentorRequestView sent = f.request(suspendedMentee, mentor);
    TestMember otherMentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    MentorRequestView received = f.request(mentee, otherMentor);

    mentoring.memberSuspended(suspendedMentee.id());
    mentoring.memberSuspended(otherMentor.id());

    assertThat(
            f.get(mentor.token(), "/api/v1/mentor-requests/" + sent.id(), MentorRequestView.class)
                .status())
        .isEqualTo("CANCELLED");
    assertThat(
            f.get(
                    mentee.token(),
                    "/api/v1/mentor-requests/" + received.id(),
                    MentorRequestView.class)
                .status())
        .isEqualTo("CANCELLED");
  }

  @Test
  void someoneElsesRequestIsNotFound() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    MentorRequestView r = f.request(f.members().advisor(), mentor);
    TestMember coordinator = f.members().coordinator();

    assertThat(
            f.status(
                HttpRequest.GET("/api/v1/mentor-requests/" + r.id())
                    .bearerAuth(coordinator.token())))
        .isEqualTo(404);
  }
}
