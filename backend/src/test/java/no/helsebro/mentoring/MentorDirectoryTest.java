package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import no.helsebro.mentoring.matching.Shift;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MentorDirectoryTest {

  @Inject MentoringFixtures f;
  @Inject JdbcQueries sql;

  private MentorProfileRequest profile(
      long system, long workplace, long region, long language, List<Shift> shifts, int capacity) {
    return new MentorProfileRequest(
        List.of(system),
        List.of(),
        List.of(workplace),
        List.of(region),
        List.of(language),
        capacity,
        shifts,
        ContactMode.MESSAGES,
        null,
        false);
  }

  @Test
  void theDirectoryFiltersBySystemWorkplaceRegionLanguageShiftsAndBackground() {
    long system = f.newTerm("SYSTEM");
    long hospital = f.term("WORKPLACE_TYPE", "hospital");
    long home = f.term("WORKPLACE_TYPE", "home-care");
    long west = f.term("REGION", "helse-vest");
    long north = f.term("REGION", "helse-nord");
    long nb = f.term("LANGUAGE", "nb");
    long pl = f.term("LANGUAGE", "pl");
    TestMember a = f.mentor(profile(system, hospital, west, nb, List.of(Shift.WEEKDAY_DAY), 2));
    TestMember b = f.mentor(profile(system, home, north, pl, List.of(Shift.WEEKEND_NIGHT), 2));
    long nurse = f.term("BACKGROUND", "nurse");
    f.profile(b, nurse, null, null, Set.of(), Set.of());
    f.refreshPool();
    String base = "/api/v1/mentors?system=" + system;
    String token = a.token();

    assertThat(ids(f.get(token, base, MentorPage.class))).containsExactlyInAnyOrder(a.id(), b.id());
    assertThat(ids(f.get(token, base + "&workplaceType=" + home, MentorPage.class)))
        .containsExactly(b.id());
    assertThat(ids(f.get(token, base + "&region=" + west, MentorPage.class)))
        .containsExactly(a.id());
    assertThat(ids(f.get(token, base + "&language=" + pl, MentorPage.class)))
        .containsExactly(b.id());
    assertThat(ids(f.get(token, base + "&availability=WEEKDAY_DAY", MentorPage.class)))
        .containsExactly(a.id());
    assertThat(ids(f.get(token, base + "&background=" + nurse, MentorPage.class)))
        .containsExactly(b.id());
  }

  @Test
  void theDirectoryPagesAndCountsItsResults() {
    long system = f.newTerm("SYSTEM");
    for (int i = 0; i < 3; i++) {
      f.mentorOf(system, 1);
    }
    TestMember viewer = f.members().advisor();

    MentorPage page =
        f.get(viewer.token(), "/api/v1/mentors?size=2&page=1&system=" + system, MentorPage.class);

    assertThat(page.totalItems()).isEqualTo(3);
    assertThat(page.totalPages()).isEqualTo(2);
    assertThat(page.items()).hasSize(1);
  }

  @Test
  void aSuspendedMentorIsNotListed() {
    long system = f.newTerm("SYSTEM");
    TestMember mentor = f.mentorOf(system, 2);
    sql.update("UPDATE members SET status = 'SUSPENDED' WHERE id = ?", mentor.id());
    f.refreshPool();
    TestMember viewer = f.members().advisor();

    assertThat(ids(f.get(viewer.token(), "/api/v1/mentors?system=" + system, MentorPage.class)))
        .isEmpty();
    assertThat(
            f.status(HttpRequest.GET("/api/v1/mentors/" + mentor.id()).bearerAuth(viewer.token())))
        .isEqualTo(404);
  }

  @Test
  void theMentorPageSaysWhetherTheViewerMayAsk() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 1);
    TestMember viewer = f.members().advisor();

    MentorView before = f.get(viewer.token(), "/api/v1/mentors/" + mentor.id(), MentorView.class);
    MentorRequestView r = f.request(viewer, mentor);
    MentorView after = f.get(viewer.token(), "/api/v1/mentors/" + mentor.id(), MentorView.class);
    MentorView own = f.get(mentor.token(), "/api/v1/mentors/" + mentor.id(), MentorView.class);

    assertThat(before.canRequest()).isTrue();
    assertThat(before.introduction()).contains("DIPS Arena");
    assertThat(after.canRequest()).isFalse();
    assertThat(after.cannotRequestBecause()).isEqualTo("request-open");
    assertThat(after.openRequestId()).isEqualTo(r.id());
    assertThat(own.self()).isTrue();
    assertThat(own.cannotRequestBecause()).isEqualTo("self-mentoring");
  }

  private static List<Long> ids(MentorPage page) {
    return page.items().stream().map(MentorSummary::id).toList();
  }
}
