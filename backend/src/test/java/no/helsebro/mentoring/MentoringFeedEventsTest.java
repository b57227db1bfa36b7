package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.testing.FeedProbe;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/**
 * Mentoring's changes are on the change feed, written in the changing transaction, with the ids
 * notifications need; refused changes write nothing.
 */
@MicronautTest(transactional = false)
class MentoringFeedEventsTest {

  @Inject MentoringFixtures f;
  @Inject FeedProbe feed;
  @Inject CloseMentorRequests requests;
  @Inject QuestionRouting routing;
  @Inject JdbcQueries sql;

  @Test
  void optingInChangingAndOptingOutPublishMentorProfileChanged() {
    long system = f.newTerm("SYSTEM");
    long mark = feed.mark();

    TestMember mentor = f.mentorOf(system, 2);
    f.put(
        mentor.token(),
        "/api/v1/me/mentor-profile",
        withLanguage(MentoringFixtures.mentorProfile(List.of(system), 3)),
        MentorProfileView.class);
    f.http().exchange(HttpRequest.DELETE("/api/v1/me/mentor-profile").bearerAuth(mentor.token()));

    assertThat(feed.since(mark, MentorProfileChanged.class))
        .containsExactly(
            new MentorProfileChanged(mentor.id()),
            new MentorProfileChanged(mentor.id()),
            new MentorProfileChanged(mentor.id()));
  }

  @Test
  void aMentorProfileRefusedForPatientDataPublishesNothing() {
    TestMember member = f.members().mentor();
    MentorProfileRequest p = withLanguage(MentoringFixtures.mentorProfile(List.of(), 2));
    MentorProfileRequest withId =
        new MentorProfileRequest(
            p.systemIds(),
            p.topicIds(),
            p.workplaceTypeIds(),
            p.regionIds(),
            p.languageIds(),
            p.capacity(),
            p.availability(),
            p.contactMode(),
            "Ring pasient 01010012356",
            p.paused());
    long mark = feed.mark();

    f.refusal(HttpRequest.PUT("/api/v1/me/mentor-profile", withId).bearerAuth(member.token()));

    assertThat(feed.typesAbout(mark, member.id())).isEmpty();
  }

  @Test
  void aRequestAndItsAcceptancePublishRequestedThenAnsweredWithTheMentorship() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    long mark = feed.mark();

    MentorRequestView sent = f.request(mentee, mentor);
    MentorRequestView accepted = f.decide(mentor, sent.id(), "ACCEPTED", "Velkommen");

    assertThat(feed.since(mark, MentoringRequested.class))
        .containsExactly(new MentoringRequested(sent.id(), mentee.id(), mentor.id()));
    assertThat(feed.since(mark, MentoringRequestAnswered.class))
        .containsExactly(
            new MentoringRequestAnswered(
                sent.id(),
                mentee.id(),
                mentor.id(),
                true,
                accepted.mentorshipId(),
                false,
                MentoringRequestAnswered.Outcome.ACCEPTED));
  }

  @Test
  void aRequestToOneselfIsRefusedAndPublishesNothing() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    long mark = feed.mark();

    f.refusal(
        HttpRequest.POST("/api/v1/mentor-requests", new NewMentorRequest(mentor.id(), "Meg?"))
            .bearerAuth(mentor.token()));

    assertThat(feed.since(mark, MentoringRequested.class))
        .noneMatch(e -> e.mentorId() == mentor.id());
  }

  @Test
  void declinedWithdrawnAndExpiredRequestsSayHowTheyClosed() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 3);
    MentorRequestView declined = f.request(f.members().advisor(), mentor);
    TestMember withdrawing = f.members().advisor();
    MentorRequestView withdrawn = f.request(withdrawing, mentor);
    MentorRequestView expiring = f.request(f.members().advisor(), mentor);
    sql.update(
        "UPDATE mentor_requests SET expires_at = ? WHERE id = ?",
        Instant.now().minusSeconds(60),
        expiring.id());
    long mark = feed.mark();

    f.decide(mentor, declined.id(), "DECLINED", null);
    f.decide(withdrawing, withdrawn.id(), "WITHDRAWN", null);
    requests.expireDue(Instant.now());

    assertThat(feed.since(mark, MentoringRequestAnswered.class))
        .filteredOn(e -> e.mentorId() == mentor.id())
        .extracting(
            MentoringRequestAnswered::requestId,
            MentoringRequestAnswered::outcome,
            MentoringRequestAnswered::accepted,
            MentoringRequestAnswered::expired)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                declined.id(), MentoringRequestAnswered.Outcome.DECLINED, false, false),
            org.assertj.core.groups.Tuple.tuple(
                withdrawn.id(), MentoringRequestAnswered.Outcome.WITHDRAWN, false, false),
            org.assertj.core.groups.Tuple.tuple(
                expiring.id(), MentoringRequestAnswered.Outcome.EXPIRED, false, true));
  }

  @Test
  void suspendingAMenteeCancelsTheirOpenRequests() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    MentorRequestView open = f.request(mentee, mentor);
    long mark = feed.mark();

    f.post(
        f.members().coordinator().token(),
        "/api/v1/member-accounts/" + mentee.id() + "/suspension",
        Map.of("reason", "Test"),
        Map.class);

    assertThat(feed.since(mark, MentoringRequestAnswered.class))
        .containsExactly(
            new MentoringRequestAnswered(
                open.id(),
                mentee.id(),
                mentor.id(),
                false,
                null,
                false,
                MentoringRequestAnswered.Outcome.CANCELLED));
  }

  @Test
  void messagesAndCheckInsNameTheirRecipientAndARetriedMessageIsPublishedOnce() {
    MentoringFixtures.Pair p = f.mentorship();
    String base = "/api/v1/mentorships/" + p.mentorshipId();
    String key = UUID.randomUUID().toString();
    long mark = feed.mark();

    MessageView message = postMessage(p.mentee(), base, key);
    postMessage(p.mentee(), base, key);
    CheckInView checkIn =
        f.post(
            p.mentor().token(),
            base + "/check-ins",
            new NewCheckIn(LocalDate.now(), "Første samtale"),
            CheckInView.class);

    assertThat(feed.since(mark, MentorshipMessagePosted.class))
        .containsExactly(
            new MentorshipMessagePosted(
                p.mentorshipId(), message.id(), p.mentee().id(), p.mentor().id()));
    assertThat(feed.since(mark, MentorshipCheckInPosted.class))
        .containsExactly(
            new MentorshipCheckInPosted(
                p.mentorshipId(), checkIn.id(), p.mentor().id(), p.mentee().id()));
  }

  @Test
  void endingAMentorshipPublishesMentorshipEndedAndEndingItAgainNothing() {
    MentoringFixtures.Pair p = f.mentorship();
    String base = "/api/v1/mentorships/" + p.mentorshipId();
    long mark = feed.mark();

    f.patch(p.mentee().token(), base, Map.of("status", "ENDED"), MentorshipSummary.class);
    f.refusal(HttpRequest.PATCH(base, Map.of("status", "ENDED")).bearerAuth(p.mentor().token()));

    assertThat(feed.since(mark, MentorshipEnded.class))
        .containsExactly(
            new MentorshipEnded(
                p.mentorshipId(), p.mentor().id(), p.mentee().id(), p.mentee().id()));
  }

  @Test
  void routingAnUnansweredQuestionPublishesWhoItWasOfferedTo() {
    long system = f.newTerm("SYSTEM");
    long nursingHome = f.term("WORKPLACE_TYPE", "nursing-home");
    TestMember peer = f.veteran();
    sql.update(
        "INSERT INTO member_profiles (member_id, workplace_type_id) VALUES (?, ?)",
        peer.id(),
        nursingHome);
    sql.update(
        "INSERT INTO member_profile_terms (member_id, relation, term_id) VALUES (?, 'SYSTEM_USED', ?)",
        peer.id(),
        system);
    long topic = f.question(f.veteran(), system, nursingHome);
    Instant asked =
        sql.one(
                "SELECT asked_at FROM question_routing WHERE topic_id = ?",
                rs -> JdbcQueries.instant(rs, "asked_at"),
                topic)
            .orElseThrow();
    long mark = feed.mark();

    routing.advance(asked.plus(Duration.ofHours(13)));
    routing.advance(asked.plus(Duration.ofHours(13)));

    assertThat(feed.since(mark, QuestionOffered.class))
        .filteredOn(e -> e.topicId() == topic)
        .containsExactly(
            new QuestionOffered(topic, QuestionOffered.Step.PEERS, List.of(peer.id())));
  }

  // ----------------------------------------------------------------

  private MessageView postMessage(TestMember from, String base, String key) {
    return f.http()
        .exchange(
            HttpRequest.POST(base + "/messages", new NewMessage("Hei, når passer det?"))
                .bearerAuth(from.token())
                .header("Idempotency-Key", key),
            MessageView.class)
        .body();
  }

  private MentorProfileRequest withLanguage(MentorProfileRequest p) {
    return new MentorProfileRequest(
        p.systemIds(),
        p.topicIds(),
        p.workplaceTypeIds(),
        p.regionIds(),
        List.of(f.term("LANGUAGE", "nb")),
        p.capacity(),
        p.availability(),
        p.contactMode(),
        p.introduction(),
        p.paused());
  }
}
