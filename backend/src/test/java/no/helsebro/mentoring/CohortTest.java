package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class CohortTest {

  @Inject MentoringFixtures f;
  @Inject JdbcQueries sql;

  @Test
  void candidatesAreMembersWithNeedsAndNeitherAMentorNorAnOpenRequest() {
    long system = f.newTerm("SYSTEM");
    TestMember waiting = f.menteeNeeding(system);
    TestMember asked = f.menteeNeeding(system);
    f.request(asked, f.mentorOf(system, 1));
    TestMember coordinator = f.members().coordinator();

    List<CohortCandidateView> candidates =
        f.getList(coordinator.token(), "/api/v1/cohort-candidates", CohortCandidateView.class);

    List<Long> ids = candidates.stream().map(c -> c.member().id()).toList();
    assertThat(ids).contains(waiting.id()).doesNotContain(asked.id());
    CohortCandidateView mine =
        candidates.stream().filter(c -> c.member().id() == waiting.id()).findFirst().orElseThrow();
    assertThat(mine.systems()).extracting(TermView::id).containsExactly(system);
  }

  @Test
  void aProposalAssignsMenteesOptimallyWithinCapacityAndConfirmingSendsRequests() {
    long system = f.newTerm("SYSTEM");
    long other = f.newTerm("SYSTEM");
    TestMember mentorA = f.mentorOf(system, 2);
    TestMember mentorB = f.mentor(MentoringFixtures.mentorProfile(List.of(system, other), 1));
    List<TestMember> mentees = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      mentees.add(f.menteeNeeding(system));
    }
    // Needs both systems: only mentor B has both, so the optimum gives B to this mentee.
    TestMember picky = f.members().advisor();
    f.put(
        picky.token(),
        "/api/v1/me/mentee-needs",
        MentoringFixtures.needs(List.of(system, other)),
        MenteeNeedsView.class);
    mentees.add(picky);
    TestMember coordinator = f.members().coordinator();
    List<Long> ids = mentees.stream().map(TestMember::id).toList();

    var created =
        f.http()
            .exchange(
                HttpRequest.POST(
                        "/api/v1/cohort-proposals",
                        new NewCohortProposal(ids, "Velkommen til vårens mentorkull!"))
                    .bearerAuth(coordinator.token()),
                CohortProposalView.class);
    CohortProposalView proposal = created.body();

    assertThat(created.code()).isEqualTo(201);
    assertThat(proposal.status()).isEqualTo("PROPOSED");
    assertThat(proposal.menteeCount()).isEqualTo(3);
    assertThat(proposal.total()).isGreaterThanOrEqualTo(proposal.greedyTotal());
    Map<Long, Long> mentorOf =
        proposal.assignments().stream()
            .filter(a -> a.mentor() != null)
            .collect(Collectors.toMap(a -> a.mentee().id(), a -> a.mentor().id()));
    assertThat(mentorOf.get(picky.id())).isEqualTo(mentorB.id());
    assertThat(mentorOf.get(mentees.get(0).id())).isEqualTo(mentorA.id());
    assertThat(mentorOf.get(mentees.get(1).id())).isEqualTo(mentorA.id());

    CohortProposalView confirmed =
        f.patch(
            coordinator.token(),
            "/api/v1/cohort-proposals/" + proposal.id(),
            Map.of("status", "CONFIRMED"),
            CohortProposalView.class);

    assertThat(confirmed.status()).isEqualTo("CONFIRMED");
    assertThat(confirmed.requestsCreated()).isEqualTo(3);
    List<MentorRequestView> toA =
        f.getList(mentorA.token(), "/api/v1/mentor-requests?status=OPEN", MentorRequestView.class);
    assertThat(toA).hasSize(2).allMatch(r -> r.origin().equals("COHORT"));
    assertThat(toA.get(0).message()).isEqualTo("Velkommen til vårens mentorkull!");
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'mentoring.cohort-confirmed'"
                    + " AND target_id = ?",
                proposal.id()))
        .isEqualTo(1);
  }

  @Test
  void placesReservedByOpenRequestsAreNotGivenAwayTwice() {
    long system = f.newTerm("SYSTEM");
    TestMember mentor = f.mentorOf(system, 2);
    f.request(f.members().advisor(), mentor); // one of the two places is spoken for
    TestMember first = f.menteeNeeding(system);
    TestMember second = f.menteeNeeding(system);
    TestMember coordinator = f.members().coordinator();

    CohortProposalView proposal =
        f.post(
            coordinator.token(),
            "/api/v1/cohort-proposals",
            new NewCohortProposal(List.of(first.id(), second.id()), "Hei"),
            CohortProposalView.class);

    long toMentor =
        proposal.assignments().stream()
            .filter(a -> a.mentor() != null && a.mentor().id() == mentor.id())
            .count();
    assertThat(toMentor).isEqualTo(1);
  }

  @Test
  void leftOutMenteesGetNoRequestAndADecidedProposalStaysDecided() {
    long system = f.newTerm("SYSTEM");
    TestMember mentor = f.mentorOf(system, 2);
    TestMember kept = f.menteeNeeding(system);
    TestMember left = f.menteeNeeding(system);
    TestMember coordinator = f.members().coordinator();
    CohortProposalView proposal =
        f.post(
            coordinator.token(),
            "/api/v1/cohort-proposals",
            new NewCohortProposal(List.of(kept.id(), left.id()), "Hei"),
            CohortProposalView.class);

    CohortProposalView confirmed =
        f.patch(
            coordinator.token(),
            "/api/v1/cohort-proposals/" + proposal.id(),
            Map.of("status", "CONFIRMED", "excludedMenteeIds", List.of(left.id())),
            CohortProposalView.class);
    MentoringFixtures.Refusal again =
        f.refusal(
            HttpRequest.PATCH(
                    "/api/v1/cohort-proposals/" + proposal.id(), Map.of("status", "DISCARDED"))
                .bearerAuth(coordinator.token()));

    assertThat(confirmed.requestsCreated()).isEqualTo(1);
    assertThat(f.getList(left.token(), "/api/v1/mentor-requests", MentorRequestView.class))
        .isEmpty();
    assertThat(f.getList(kept.token(), "/api/v1/mentor-requests", MentorRequestView.class))
        .extracting(r -> r.mentor().id())
        .containsExactly(mentor.id());
    assertThat(again.code()).isEqualTo("proposal-decided");
  }

  @Test
  void aProposalWithNoMatchableMenteeIsRefused() {
    TestMember coordinator = f.members().coordinator();
    TestMember noNeeds = f.members().advisor();

    MentoringFixtures.Refusal r =
        f.refusal(
            HttpRequest.POST(
                    "/api/v1/cohort-proposals", new NewCohortProposal(List.of(noNeeds.id()), "Hei"))
                .bearerAuth(coordinator.token()));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("no-candidates");
  }
}
