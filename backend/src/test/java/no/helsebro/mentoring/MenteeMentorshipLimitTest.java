package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * One active mentorship per mentee unless they asked for more (docs/adr/0407): enforced when
 * mentors accept at the same moment, and the mentee's other open requests close when they have all
 * the mentors they asked for.
 */
@MicronautTest(transactional = false)
class MenteeMentorshipLimitTest {

  @Inject MentoringFixtures f;
  @Inject JdbcQueries sql;

  private MentoringFixtures.Refusal accept(TestMember mentor, long requestId) {
    return f.refusal(
        HttpRequest.PATCH("/api/v1/mentor-requests/" + requestId, Map.of("status", "ACCEPTED"))
            .bearerAuth(mentor.token()));
  }

  private MentoringFixtures.Refusal ask(TestMember mentee, TestMember mentor) {
    return f.refusal(
        HttpRequest.POST("/api/v1/mentor-requests", new NewMentorRequest(mentor.id(), "Hei"))
            .bearerAuth(mentee.token()));
  }

  private String status(TestMember who, long requestId) {
    return f.get(who.token(), "/api/v1/mentor-requests/" + requestId, MentorRequestView.class)
        .status();
  }

  private long activeMentorships(TestMember mentee) {
    return sql.count(
        "SELECT COUNT(*) FROM mentorships WHERE mentee_id = ? AND status = 'ACTIVE'", mentee.id());
  }

  private MenteeNeedsView wantMentors(TestMember mentee, int howMany) {
    Map<String, Object> needs = new HashMap<>();
    needs.put("goals", "Bli tryggere på opplæring");
    needs.put("sameRegion", false);
    needs.put("sameBackground", false);
    needs.put("maxMentorships", howMany);
    return f.put(mentee.token(), "/api/v1/me/mentee-needs", needs, MenteeNeedsView.class);
  }

  /** Every mentor accepts the mentee's request to them at the same moment; the statuses. */
  private List<Integer> acceptAllAtOnce(List<TestMember> mentors, List<MentorRequestView> requests)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(mentors.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < mentors.size(); i++) {
      TestMember mentor = mentors.get(i);
      long id = requests.get(i).id();
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
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> r : results) {
      statuses.add(r.get());
    }
    pool.shutdown();
    return statuses;
  }

  @Test
  void fiveMentorsAcceptingOneMenteeAtTheSameMomentGiveOneMentorship() throws Exception {
    long system = f.newTerm("SYSTEM");
    TestMember mentee = f.members().advisor();
    List<TestMember> mentors = new ArrayList<>();
    List<MentorRequestView> requests = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      TestMember mentor = f.mentorOf(system, 3);
      mentors.add(mentor);
      requests.add(f.request(mentee, mentor));
    }

    List<Integer> statuses = acceptAllAtOnce(mentors, requests);

    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    assertThat(activeMentorships(mentee)).isEqualTo(1);
    List<String> after = requests.stream().map(r -> status(mentee, r.id())).toList();
    assertThat(after).containsOnlyOnce("ACCEPTED");
    assertThat(after).filteredOn("MATCHED_ELSEWHERE"::equals).hasSize(4);
    long placesTaken = 0;
    for (TestMember mentor : mentors) {
      placesTaken +=
          sql.count("SELECT active_mentees FROM mentor_profiles WHERE member_id = ?", mentor.id());
    }
    assertThat(placesTaken).as("places taken across the mentors").isEqualTo(1);
  }

  @Test
  void acceptingClosesTheMenteesOtherOpenRequestsSoTheyHoldNoPlaces() {
    long system = f.newTerm("SYSTEM");
    TestMember mentee = f.members().advisor();
    TestMember first = f.mentorOf(system, 1);
    TestMember second = f.mentorOf(system, 1);
    MentorRequestView toFirst = f.request(mentee, first);
    MentorRequestView toSecond = f.request(mentee, second);

    f.decide(first, toFirst.id(), "ACCEPTED", null);

    assertThat(status(second, toSecond.id())).isEqualTo("MATCHED_ELSEWHERE");
    assertThat(
            f.getList(
                second.token(), "/api/v1/mentor-requests?status=OPEN", MentorRequestView.class))
        .isEmpty();
    MentoringFixtures.Refusal late = accept(second, toSecond.id());
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.code()).isEqualTo("request-closed");
    assertThat(late.problem()).containsEntry("requestStatus", "MATCHED_ELSEWHERE");
  }

  @Test
  void aMenteeWithAMentorCannotAskAnotherUntilTheyAskForMoreOrTheMentorshipEnds() {
    long system = f.newTerm("SYSTEM");
    TestMember mentee = f.members().advisor();
    TestMember first = f.mentorOf(system, 2);
    TestMember second = f.mentorOf(system, 2);
    MentorRequestView accepted = f.decide(first, f.request(mentee, first).id(), "ACCEPTED", null);

    MentoringFixtures.Refusal refused = ask(mentee, second);
    MentorView seen = f.get(mentee.token(), "/api/v1/mentors/" + second.id(), MentorView.class);
    f.patch(
        mentee.token(),
        "/api/v1/mentorships/" + accepted.mentorshipId(),
        Map.of("status", "ENDED"),
        MentorshipSummary.class);
    MentorRequestView afterEnding = f.request(mentee, second);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("mentee-has-mentor");
    assertThat(seen.cannotRequestBecause()).isEqualTo("mentee-has-mentor");
    assertThat(afterEnding.status()).isEqualTo("OPEN");
  }

  @Test
  void aMenteeWhoAskedForTwoMentorsGetsTwoEvenWhenFiveAcceptAtOnce() throws Exception {
    long system = f.newTerm("SYSTEM");
    TestMember mentee = f.members().advisor();
    assertThat(wantMentors(mentee, 2).maxMentorships()).isEqualTo(2);
    List<TestMember> mentors = new ArrayList<>();
    List<MentorRequestView> requests = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      TestMember mentor = f.mentorOf(system, 3);
      mentors.add(mentor);
      requests.add(f.request(mentee, mentor));
    }

    List<Integer> statuses = acceptAllAtOnce(mentors, requests);

    assertThat(statuses).filteredOn(s -> s == 200).hasSize(2);
    assertThat(activeMentorships(mentee)).isEqualTo(2);
    List<String> after = requests.stream().map(r -> status(mentee, r.id())).toList();
    assertThat(after).filteredOn("ACCEPTED"::equals).hasSize(2);
    assertThat(after).filteredOn("MATCHED_ELSEWHERE"::equals).hasSize(3);
  }

  @Test
  void aMenteeWhoAskedForTwoKeepsTheirOtherRequestsOpenAfterTheFirstAccept() {
    long system = f.newTerm("SYSTEM");
    TestMember mentee = f.members().advisor();
    wantMentors(mentee, 2);
    TestMember first = f.mentorOf(system, 2);
    TestMember second = f.mentorOf(system, 2);
    MentorRequestView toFirst = f.request(mentee, first);
    MentorRequestView toSecond = f.request(mentee, second);

    f.decide(first, toFirst.id(), "ACCEPTED", null);

    assertThat(status(mentee, toSecond.id())).isEqualTo("OPEN");
    assertThat(f.decide(second, toSecond.id(), "ACCEPTED", null).status()).isEqualTo("ACCEPTED");
    assertThat(activeMentorships(mentee)).isEqualTo(2);
  }

  @Test
  void askingForMoreThanThreeMentorsAtOnceIsRefused() {
    Map<String, Object> needs = new HashMap<>();
    needs.put("sameRegion", false);
    needs.put("sameBackground", false);
    needs.put("maxMentorships", 4);

    MentoringFixtures.Refusal r =
        f.refusal(
            HttpRequest.PUT("/api/v1/me/mentee-needs", needs)
                .bearerAuth(f.members().advisor().token()));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.problem().get("errors").toString()).contains("maxMentorships");
  }
}
