package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.helsebro.mentoring.matching.Shift;
import no.helsebro.mentoring.routing.Ladder;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class QuestionRoutingTest {

  @Inject MentoringFixtures f;
  @Inject JdbcQueries sql;
  @Inject QuestionRouting routing;
  @Inject QuestionRoutingReader reader;

  private TestMember veteran() {
    return f.veteran();
  }

  private long ask(TestMember asker, long system, long workplace) {
    return f.question(asker, system, workplace);
  }

  /** A member whose profile says they use this system in this kind of workplace. */
  private TestMember peer(long system, long workplace) {
    TestMember m = veteran();
    sql.update(
        "INSERT INTO member_profiles (member_id, workplace_type_id) VALUES (?, ?)",
        m.id(),
        workplace);
    sql.update(
        "INSERT INTO member_profile_terms (member_id, relation, term_id) VALUES (?, 'SYSTEM_USED', ?)",
        m.id(),
        system);
    return m;
  }

  private void reply(TestMember who, long topic) {
    f.http()
        .exchange(
            HttpRequest.POST("/api/v1/topics/" + topic + "/posts", Map.of("body", "Prøv dette!"))
                .bearerAuth(who.token())
                .header("Idempotency-Key", UUID.randomUUID().toString()));
  }

  private long replyId(TestMember who, long topic) {
    return ((Number)
            f.http()
                .retrieve(
                    HttpRequest.POST(
                            "/api/v1/topics/" + topic + "/posts", Map.of("body", "Prøv dette!"))
                        .bearerAuth(who.token())
                        .header("Idempotency-Key", UUID.randomUUID().toString()),
                    Map.class)
                .get("id"))
        .longValue();
  }

  private Instant askedAt(long topic) {
    return sql.one(
            "SELECT asked_at FROM question_routing WHERE topic_id = ?",
            rs -> JdbcQueries.instant(rs, "asked_at"),
            topic)
        .orElseThrow();
  }

  private List<Long> offeredTo(long topic, String stage) {
    return sql.list(
        "SELECT member_id FROM question_offers WHERE topic_id = ? AND stage = ? ORDER BY member_id",
        rs -> rs.getLong(1),
        topic,
        stage);
  }

  private boolean offered(TestMember m, long topic) {
    return f.getList(m.token(), "/api/v1/me/question-offers", QuestionOfferView.class).stream()
        .anyMatch(o -> o.topicId() == topic);
  }

  @Test
  void anUnansweredQuestionClimbsToPeersThenMentorsAFewAtATimeThenCoordinators() {
    long system = f.newTerm("SYSTEM");
    long nursingHome = f.term("WORKPLACE_TYPE", "nursing-home");
    long hospital = f.term("WORKPLACE_TYPE", "hospital");
    TestMember asker = veteran();
    TestMember samePlace = peer(system, nursingHome);
    TestMember otherPlace = peer(system, hospital);
    List<TestMember> mentors = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      mentors.add(f.mentorOf(system, 2));
    }
    TestMember coordinator = f.members().coordinator();
    long topic = ask(asker, system, nursingHome);
    Instant asked = askedAt(topic);

    routing.advance(asked.plus(Duration.ofHours(11)));
    assertThat(offered(samePlace, topic)).isFalse();

    routing.advance(asked.plus(Duration.ofHours(13)));
    assertThat(offered(samePlace, topic)).isTrue();
    assertThat(offered(otherPlace, topic)).isFalse();
    assertThat(offeredTo(topic, "MENTORS")).isEmpty();

    routing.advance(asked.plus(Duration.ofHours(25)));
    List<Long> firstRound = offeredTo(topic, "MENTORS");
    assertThat(firstRound).hasSize(3);
    assertThat(mentors.stream().map(TestMember::id).toList()).containsAll(firstRound);

    routing.advance(asked.plus(Duration.ofHours(31)));
    List<Long> bothRounds = offeredTo(topic, "MENTORS");
    assertThat(bothRounds).hasSize(6).doesNotHaveDuplicates();
    assertThat(bothRounds).containsAll(mentors.stream().map(TestMember::id).toList());
    assertThat(offered(coordinator, topic)).isFalse();

    routing.advance(asked.plus(Duration.ofHours(49)));
    assertThat(offered(coordinator, topic)).isTrue();
    assertThat(
            f
                .getList(coordinator.token(), "/api/v1/me/question-offers", QuestionOfferView.class)
                .stream()
                .filter(o -> o.topicId() == topic)
                .findFirst()
                .orElseThrow()
                .stage())
        .isEqualTo(Ladder.Stage.COORDINATORS);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM question_offers WHERE topic_id = ? AND member_id = ?",
                topic,
                asker.id()))
        .isZero();
  }

  @Test
  void theMentorStepPrefersMentorsWhoKnowTheAskersRegion() {
    long system = f.newTerm("SYSTEM");
    long nursingHome = f.term("WORKPLACE_TYPE", "nursing-home");
    long west = f.term("REGION", "helse-vest");
    TestMember asker = veteran();
    f.profile(asker, null, nursingHome, west, Set.of(system), Set.of());
    // Three equal mentors from elsewhere first: on a tie the lower id wins a place.
    for (int i = 0; i < 3; i++) {
      f.mentorOf(system, 2);
    }
    TestMember fromTheRegion =
        f.mentor(
            new MentorProfileRequest(
                List.of(system),
                List.of(),
                List.of(),
                List.of(west),
                List.of(),
                2,
                List.of(Shift.WEEKDAY_EVENING),
                ContactMode.MESSAGES,
                "Jeg kjenner sykehjemmene i Helse Vest.",
                false));
    long topic = ask(asker, system, nursingHome);

    routing.advance(askedAt(topic).plus(Duration.ofHours(25)));

    assertThat(offeredTo(topic, "MENTORS")).hasSize(3).contains(fromTheRegion.id());
  }

  @Test
  void theAskerSeesEachRungWithItsTimesAndOthersCannotSeeIt() {
    long system = f.newTerm("SYSTEM");
    long nursingHome = f.term("WORKPLACE_TYPE", "nursing-home");
    TestMember asker = veteran();
    peer(system, nursingHome);
    f.mentorOf(system, 2);
    long topic = ask(asker, system, nursingHome);
    Instant asked = askedAt(topic);
    routing.advance(asked.plus(Duration.ofHours(25)));

    QuestionRoutingView view =
        f.getList(asker.token(), "/api/v1/me/question-routings", QuestionRoutingView.class).stream()
            .filter(v -> v.topicId() == topic)
            .findFirst()
            .orElseThrow();

    assertThat(view.status()).isEqualTo("OPEN");
    assertThat(view.steps()).hasSize(routing.ladder().steps().size());
    QuestionRoutingView.Step peers = view.steps().get(0);
    assertThat(peers.stage()).isEqualTo(Ladder.Stage.PEERS);
    assertThat(peers.dueAt()).isEqualTo(asked.plus(Duration.ofHours(12)));
    assertThat(peers.doneAt()).isNotNull();
    assertThat(peers.offered()).isEqualTo(1);
    assertThat(view.steps().get(1).doneAt()).isNotNull();
    assertThat(view.steps().get(2).doneAt()).isNull();
    assertThat(
            f.status(
                HttpRequest.GET("/api/v1/question-routings/" + topic)
                    .bearerAuth(f.members().advisor().token())))
        .isEqualTo(404);
    assertThat(
            f.status(
                HttpRequest.GET("/api/v1/question-routings/" + topic)
                    .bearerAuth(f.members().coordinator().token())))
        .isEqualTo(200);
  }

  @Test
  void aReplyFromSomeoneElseAnswersItAndTakesItOffEveryList() {
    long system = f.newTerm("SYSTEM");
    long nursingHome = f.term("WORKPLACE_TYPE", "nursing-home");
    TestMember asker = veteran();
    TestMember samePlace = peer(system, nursingHome);
    long topic = ask(asker, system, nursingHome);
    routing.advance(askedAt(topic).plus(Duration.ofHours(13)));
    assertThat(offered(samePlace, topic)).isTrue();

    reply(asker, topic); // the asker's own reply does not answer it
    assertThat(
            f.get(asker.token(), "/api/v1/question-routings/" + topic, QuestionRoutingView.class)
                .answeredAt())
        .isNull();
    reply(samePlace, topic);

    QuestionRoutingView view =
        f.get(asker.token(), "/api/v1/question-routings/" + topic, QuestionRoutingView.class);
    assertThat(view.status()).isEqualTo("ANSWERED");
    assertThat(view.answeredAt()).isNotNull();
    assertThat(offered(samePlace, topic)).isFalse();
  }

  @Test
  void aQuestionWhoseOnlyReplyIsTheAskersOwnKeepsClimbingTheLadder() {
    long system = f.newTerm("SYSTEM");
    long nursingHome = f.term("WORKPLACE_TYPE", "nursing-home");
    TestMember asker = veteran();
    TestMember samePlace = peer(system, nursingHome);
    long topic = ask(asker, system, nursingHome);

    reply(asker, topic); // more details from the asker: not an answer
    routing.advance(askedAt(topic).plus(Duration.ofHours(13)));

    assertThat(offered(samePlace, topic)).isTrue();
    assertThat(
            f.get(asker.token(), "/api/v1/question-routings/" + topic, QuestionRoutingView.class)
                .status())
        .isEqualTo("OPEN");
  }

  @Test
  void aQuestionWhoseOnlyAnswerIsDeletedClimbsTheLadderAgain() {
    long system = f.newTerm("SYSTEM");
    long nursingHome = f.term("WORKPLACE_TYPE", "nursing-home");
    TestMember asker = veteran();
    TestMember helper = veteran();
    TestMember samePlace = peer(system, nursingHome);
    long topic = ask(asker, system, nursingHome);
    long answer = replyId(helper, topic);
    assertThat(
            f.get(asker.token(), "/api/v1/question-routings/" + topic, QuestionRoutingView.class)
                .status())
        .isEqualTo("ANSWERED");

    f.http().exchange(HttpRequest.DELETE("/api/v1/posts/" + answer).bearerAuth(helper.token()));
    routing.advance(askedAt(topic).plus(Duration.ofHours(13)));

    QuestionRoutingView view =
        f.get(asker.token(), "/api/v1/question-routings/" + topic, QuestionRoutingView.class);
    assertThat(view.status()).isEqualTo("OPEN");
    assertThat(view.answeredAt()).isNull();
    assertThat(offered(samePlace, topic)).isTrue();
  }

  @Test
  void aMemberCanDismissAQuestionOfferedToThem() {
    long system = f.newTerm("SYSTEM");
    long nursingHome = f.term("WORKPLACE_TYPE", "nursing-home");
    TestMember samePlace = peer(system, nursingHome);
    long topic = ask(veteran(), system, nursingHome);
    routing.advance(askedAt(topic).plus(Duration.ofHours(13)));

    int status =
        f.status(
            HttpRequest.DELETE("/api/v1/me/question-offers/" + topic)
                .bearerAuth(samePlace.token()));

    assertThat(status).isEqualTo(204);
    assertThat(offered(samePlace, topic)).isFalse();
  }

  @Test
  void coordinatorsSeeTheShareOfQuestionsAnsweredWithin24And48Hours() {
    Instant now = Instant.now();
    MentoringStatisticsView.QuestionOutcomes before = reader.outcomes(now);
    long system = f.newTerm("SYSTEM");
    long workplace = f.term("WORKPLACE_TYPE", "nursing-home");
    TestMember asker = veteran();
    TestMember helper = veteran();
    long fast = ask(asker, system, workplace);
    long slow = ask(asker, system, workplace);
    long never = ask(asker, system, workplace);
    reply(helper, fast);
    reply(helper, slow);
    Instant asked = now.minus(Duration.ofDays(3));
    for (long topic : List.of(fast, slow, never)) {
      sql.update("UPDATE question_routing SET asked_at = ? WHERE topic_id = ?", asked, topic);
    }
    sql.update(
        "UPDATE question_routing SET answered_at = ? WHERE topic_id = ?",
        asked.plus(Duration.ofHours(10)),
        fast);
    sql.update(
        "UPDATE question_routing SET answered_at = ? WHERE topic_id = ?",
        asked.plus(Duration.ofHours(30)),
        slow);

    MentoringStatisticsView.QuestionOutcomes after = reader.outcomes(now);

    assertThat(after.asked() - before.asked()).isEqualTo(3);
    assertThat(after.answeredWithin24h() - before.answeredWithin24h()).isEqualTo(1);
    assertThat(after.answeredWithin48h() - before.answeredWithin48h()).isEqualTo(2);
    assertThat(after.unanswered() - before.unanswered()).isEqualTo(1);
    MentoringStatisticsView stats =
        f.get(
            f.members().coordinator().token(),
            "/api/v1/mentoring-statistics",
            MentoringStatisticsView.class);
    assertThat(stats.questions().asked()).isGreaterThanOrEqualTo(3);
  }
}
