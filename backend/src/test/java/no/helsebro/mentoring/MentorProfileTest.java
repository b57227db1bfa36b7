package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.helsebro.mentoring.matching.Shift;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MentorProfileTest {

  @Inject MentoringFixtures f;
  @Inject JdbcQueries sql;

  @Test
  void anActiveMemberOptsInWithExpertiseCapacityAvailabilityAndContactMode() {
    TestMember member = f.members().advisor();
    long system = f.term("SYSTEM", "dips-arena");
    long topic = f.term("EXPERTISE", "training");
    long workplace = f.term("WORKPLACE_TYPE", "nursing-home");
    long region = f.term("REGION", "helse-vest");
    long language = f.term("LANGUAGE", "nb");

    MentorProfileView view =
        f.put(
            member.token(),
            "/api/v1/me/mentor-profile",
            new MentorProfileRequest(
                List.of(system),
                List.of(topic),
                List.of(workplace),
                List.of(region),
                List.of(language),
                3,
                List.of(Shift.WEEKDAY_EVENING, Shift.WEEKEND_DAY),
                ContactMode.VIDEO,
                "Erfaren superbruker",
                false),
            MentorProfileView.class);

    assertThat(view.capacity()).isEqualTo(3);
    assertThat(view.systems()).extracting(TermView::code).containsExactly("dips-arena");
    assertThat(view.topics()).extracting(TermView::code).containsExactly("training");
    assertThat(view.workplaceTypes()).extracting(TermView::code).containsExactly("nursing-home");
    assertThat(view.regions()).extracting(TermView::code).containsExactly("helse-vest");
    assertThat(view.availability())
        .containsExactlyInAnyOrder(Shift.WEEKDAY_EVENING, Shift.WEEKEND_DAY);
    assertThat(view.contactMode()).isEqualTo(ContactMode.VIDEO);
    assertThat(
            f.get(member.token(), "/api/v1/me/mentor-profile", MentorProfileView.class).memberId())
        .isEqualTo(member.id());
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'mentor.opted-in' AND target_id = ?",
                member.id()))
        .isEqualTo(1);
  }

  @Test
  void aMemberWhoHasNotOptedInHasNoMentorProfile() {
    TestMember member = f.members().advisor();

    assertThat(f.status(HttpRequest.GET("/api/v1/me/mentor-profile").bearerAuth(member.token())))
        .isEqualTo(204);
  }

  @Test
  void changingTheProfileReplacesExpertiseAndPausingKeepsTheMentorListedWithoutFreePlaces() {
    long first = f.newTerm("SYSTEM");
    long second = f.newTerm("SYSTEM");
    TestMember mentor = f.mentorOf(first, 2);
    MentorProfileRequest paused =
        new MentorProfileRequest(
            List.of(second),
            List.of(),
            List.of(),
            List.of(),
            List.of(f.term("LANGUAGE", "nb")),
            2,
            List.of(),
            ContactMode.PHONE,
            null,
            true);

    MentorProfileView view =
        f.put(mentor.token(), "/api/v1/me/mentor-profile", paused, MentorProfileView.class);

    assertThat(view.systems()).extracting(TermView::id).containsExactly(second);
    assertThat(view.paused()).isTrue();
    MentorPage all = f.get(mentor.token(), "/api/v1/mentors?system=" + second, MentorPage.class);
    assertThat(all.items()).extracting(MentorSummary::id).containsExactly(mentor.id());
    MentorPage free =
        f.get(
            mentor.token(), "/api/v1/mentors?hasCapacity=true&system=" + second, MentorPage.class);
    assertThat(free.items()).isEmpty();
  }

  @Test
  void aTermOfTheWrongKindIsRefusedNamingTheField() {
    TestMember member = f.members().advisor();
    long region = f.term("REGION", "helse-nord");

    MentoringFixtures.Refusal r =
        f.refusal(
            HttpRequest.PUT(
                    "/api/v1/me/mentor-profile",
                    MentoringFixtures.mentorProfile(List.of(region), 2))
                .bearerAuth(member.token()));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("unknown-term");
    assertThat(r.problem().get("errors").toString()).contains("systemIds");
  }

  @Test
  void aCapacityOutsideOneToTwentyIsAValidationError() {
    TestMember member = f.members().advisor();

    MentoringFixtures.Refusal r =
        f.refusal(
            HttpRequest.PUT(
                    "/api/v1/me/mentor-profile",
                    MentoringFixtures.mentorProfile(List.of(f.newTerm("SYSTEM")), 0))
                .bearerAuth(member.token()));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("validation");
    assertThat(r.problem().get("errors").toString()).contains("capacity");
  }

  @Test
  void anIntroductionWithANationalIdNumberIsRefused() {
    TestMember member = f.members().advisor();
    MentorProfileRequest p =
        new MentorProfileRequest(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(f.term("LANGUAGE", "nb")),
            2,
            List.of(),
            ContactMode.MESSAGES,
            "Pasient 01010750160 var vanskelig",
            false);

    MentoringFixtures.Refusal r =
        f.refusal(HttpRequest.PUT("/api/v1/me/mentor-profile", p).bearerAuth(member.token()));

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("patient-data");
  }

  @Test
  void aMentorWithoutMenteesOptsOutAndTheirOpenRequestsAreCancelled() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    MentorRequestView request = f.request(mentee, mentor);

    int status =
        f.status(HttpRequest.DELETE("/api/v1/me/mentor-profile").bearerAuth(mentor.token()));

    assertThat(status).isEqualTo(204);
    assertThat(
            f.status(HttpRequest.GET("/api/v1/mentors/" + mentor.id()).bearerAuth(mentee.token())))
        .isEqualTo(404);
    assertThat(
            f.get(
                    mentee.token(),
                    "/api/v1/mentor-requests/" + request.id(),
                    MentorRequestView.class)
                .status())
        .isEqualTo("CANCELLED");
  }

  @Test
  void aMentorWithActiveMenteesCannotOptOut() {
    MentoringFixtures.Pair pair = f.mentorship();

    MentoringFixtures.Refusal r =
        f.refusal(
            HttpRequest.DELETE("/api/v1/me/mentor-profile").bearerAuth(pair.mentor().token()));

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.code()).isEqualTo("mentor-has-mentees");
  }

  @Test
  void theOptionsListEveryKindMentoringOffers() {
    TestMember member = f.members().advisor();

    MentoringOptionsView options =
        f.get(member.token(), "/api/v1/mentoring-options", MentoringOptionsView.class);

    assertThat(options.systems()).extracting(TermView::code).contains("dips-arena", "gerica");
    assertThat(options.topics()).extracting(TermView::code).contains("procurement");
    assertThat(options.regions()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(options.backgrounds()).extracting(TermView::code).contains("nurse");
    assertThat(options.workplaceTypes()).extracting(TermView::code).contains("hospital");
    assertThat(options.languages()).isNotEmpty();
    assertThat(Map.of("k", options.languages().get(0).kind())).containsEntry("k", "LANGUAGE");
  }
}
