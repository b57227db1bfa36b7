package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.helsebro.accounts.RoleContributor;
import no.helsebro.platform.security.Roles;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/** Mentoring as accounts sees it: the MENTOR role, suspension, deletion and the GDPR export. */
@MicronautTest(transactional = false)
class AccountsIntegrationTest {

  @Inject MentoringFixtures f;
  @Inject List<RoleContributor> contributors;

  private boolean mentorRole(long memberId) {
    return contributors.stream().anyMatch(c -> c.rolesFor(memberId).contains(Roles.MENTOR));
  }

  @Test
  void optingInAddsTheMentorRoleToTokensAndOptingOutRemovesIt() {
    TestMember member = f.members().advisor();
    assertThat(mentorRole(member.id())).isFalse();

    f.put(
        member.token(),
        "/api/v1/me/mentor-profile",
        MentoringFixtures.mentorProfile(List.of(f.newTerm("SYSTEM")), 2)
            .withLanguage(f.term("LANGUAGE", "nb")),
        MentorProfileView.class);
    boolean afterOptIn = mentorRole(member.id());
    f.status(HttpRequest.DELETE("/api/v1/me/mentor-profile").bearerAuth(member.token()));

    assertThat(afterOptIn).isTrue();
    assertThat(mentorRole(member.id())).isFalse();
  }

  @Test
  void aCoordinatorSuspendingAMemberCancelsTheirOpenRequests() {
    TestMember mentor = f.mentorOf(f.newTerm("SYSTEM"), 2);
    TestMember mentee = f.members().advisor();
    MentorRequestView request = f.request(mentee, mentor);
    TestMember coordinator = f.members().coordinator();

    int status =
        f.status(
            HttpRequest.POST(
                    "/api/v1/member-accounts/" + mentee.id() + "/suspension",
                    Map.of("reason", "Brudd på retningslinjene"))
                .bearerAuth(coordinator.token()));

    assertThat(status).isBetween(200, 204);
    assertThat(
            f.get(
                    mentor.token(),
                    "/api/v1/mentor-requests/" + request.id(),
                    MentorRequestView.class)
                .status())
        .isEqualTo("CANCELLED");
  }

  @Test
  void theExportHasAMentoringSectionWithTheMembersSpaces() {
    MentoringFixtures.Pair pair = f.mentorship();
    f.post(
        pair.mentee().token(),
        "/api/v1/mentorships/" + pair.mentorshipId() + "/messages",
        new NewMessage("Takk for sist"),
        MessageView.class);

    Map<?, ?> export = f.get(pair.mentee().token(), "/api/v1/me/export", Map.class);

    String mentoring = String.valueOf(((Map<?, ?>) export.get("sections")).get("mentoring"));
    assertThat(mentoring).contains("Takk for sist").contains("mentorships");
  }

  @Test
  void deletingTheAccountEndsMentorshipsAndFreesThePlace() {
    MentoringFixtures.Pair pair = f.mentorship();

    int status = f.status(HttpRequest.DELETE("/api/v1/me").bearerAuth(pair.mentee().token()));

    assertThat(status).isEqualTo(204);
    MentorshipSummary m =
        f.get(
            pair.mentor().token(),
            "/api/v1/mentorships/" + pair.mentorshipId(),
            MentorshipSummary.class);
    assertThat(m.status()).isEqualTo("ENDED");
    assertThat(
            f.get(pair.mentor().token(), "/api/v1/me/mentor-profile", MentorProfileView.class)
                .activeMentees())
        .isZero();
  }
}
