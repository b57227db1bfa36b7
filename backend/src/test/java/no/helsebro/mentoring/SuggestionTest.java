package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import no.helsebro.mentoring.matching.Factor;
import no.helsebro.mentoring.matching.Shift;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SuggestionTest {

  @Inject MentoringFixtures f;

  @Test
  void aMenteeWhoHasNotStatedNeedsGetsNoSuggestionsAndIsToldSo() {
    TestMember mentee = f.members().advisor();

    SuggestionsView s =
        f.get(mentee.token(), "/api/v1/me/mentor-suggestions", SuggestionsView.class);

    assertThat(s.needsStated()).isFalse();
    assertThat(s.items()).isEmpty();
  }

  @Test
  void suggestionsAreRankedAndExplainWhatMatchedAndWhatDidNot() {
    long dips = f.newTerm("SYSTEM");
    long gerica = f.newTerm("SYSTEM");
    long nb = f.term("LANGUAGE", "nb");
    TestMember both = f.mentor(MentoringFixtures.mentorProfile(List.of(dips, gerica), 2));
    TestMember one = f.mentor(MentoringFixtures.mentorProfile(List.of(dips), 2));
    TestMember mentee = f.members().advisor();
    f.put(
        mentee.token(),
        "/api/v1/me/mentee-needs",
        new MenteeNeedsRequest(
            List.of(dips, gerica),
            List.of(),
            "Lære å lage gode opplæringsopplegg",
            null,
            null,
            nb,
            List.of(Shift.WEEKDAY_EVENING, Shift.WEEKEND_NIGHT),
            false,
            false,
            null),
        MenteeNeedsView.class);

    SuggestionsView s =
        f.get(mentee.token(), "/api/v1/me/mentor-suggestions?limit=2", SuggestionsView.class);

    assertThat(s.needsStated()).isTrue();
    assertThat(s.items()).extracting(i -> i.mentor().id()).containsExactly(both.id(), one.id());
    SuggestionView second = s.items().get(1);
    assertThat(second.score()).isLessThan(s.items().get(0).score());
    FactorView systems = factor(second.reasons(), Factor.SYSTEMS);
    assertThat(systems.matched()).extracting(TermView::id).containsExactly(dips);
    assertThat(factor(second.shortfalls(), Factor.SYSTEMS).missing())
        .extracting(TermView::id)
        .containsExactly(gerica);
    assertThat(factor(second.reasons(), Factor.LANGUAGE).matched())
        .extracting(TermView::code)
        .containsExactly("nb");
    FactorView shifts = factor(second.shortfalls(), Factor.AVAILABILITY);
    assertThat(shifts.matchedShifts()).containsExactly(Shift.WEEKDAY_EVENING);
    assertThat(shifts.missingShifts()).containsExactly(Shift.WEEKEND_NIGHT);
  }

  @Test
  void mentorsTheMenteeAlreadyAskedAreLeftOut() {
    long system = f.newTerm("SYSTEM");
    TestMember asked = f.mentorOf(system, 2);
    TestMember other = f.mentorOf(system, 2);
    TestMember mentee = f.menteeNeeding(system);
    f.request(mentee, asked);

    SuggestionsView s =
        f.get(mentee.token(), "/api/v1/me/mentor-suggestions?limit=1", SuggestionsView.class);

    assertThat(s.items()).extracting(i -> i.mentor().id()).containsExactly(other.id());
  }

  @Test
  void aMenteeAskingForTheirOwnRegionAndBackgroundPrefersAMentorWhoHasBoth() {
    long system = f.newTerm("SYSTEM");
    long west = f.term("REGION", "helse-vest");
    long nurse = f.term("BACKGROUND", "nurse");
    long physio = f.term("BACKGROUND", "physiotherapist");
    TestMember same = f.mentorOf(system, 2);
    TestMember other = f.mentorOf(system, 2);
    f.profile(same, nurse, null, west, java.util.Set.of(), java.util.Set.of());
    f.profile(
        other,
        physio,
        null,
        f.term("REGION", "helse-nord"),
        java.util.Set.of(),
        java.util.Set.of());
    TestMember mentee = f.members().advisor();
    f.profile(mentee, nurse, null, west, java.util.Set.of(), java.util.Set.of());
    f.put(
        mentee.token(),
        "/api/v1/me/mentee-needs",
        new MenteeNeedsRequest(
            List.of(system), List.of(), null, null, null, null, null, true, true, null),
        MenteeNeedsView.class);
    f.refreshPool();

    SuggestionsView s =
        f.get(mentee.token(), "/api/v1/me/mentor-suggestions?limit=2", SuggestionsView.class);

    assertThat(s.items()).extracting(i -> i.mentor().id()).containsExactly(same.id(), other.id());
    assertThat(factor(s.items().get(0).reasons(), Factor.BACKGROUND).matched())
        .extracting(TermView::code)
        .containsExactly("nurse");
    assertThat(factor(s.items().get(1).shortfalls(), Factor.REGION).missing())
        .extracting(TermView::code)
        .containsExactly("helse-vest");
  }

  private static FactorView factor(List<FactorView> list, Factor factor) {
    return list.stream().filter(v -> v.factor() == factor).findFirst().orElseThrow();
  }
}
