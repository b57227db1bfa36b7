package no.helsebro.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingEngineTest {

  private static final long DIPS = 1;
  private static final long GERICA = 2;
  private static final long COSDOC = 3;
  private static final long TRAINING = 101;
  private static final long PRIVACY = 102;
  private static final long NURSING_HOME = 201;
  private static final long HOSPITAL = 202;
  private static final long WEST = 301;
  private static final long NORTH = 302;
  private static final long NURSE = 401;
  private static final long PHYSIO = 402;
  private static final long NORWEGIAN = 501;
  private static final long POLISH = 502;

  private final MatchingEngine engine = new MatchingEngine(Weights.defaults());

  private static MenteeNeeds needs() {
    return new MenteeNeeds(
        7,
        Set.of(DIPS, GERICA),
        Set.of(TRAINING),
        NURSING_HOME,
        WEST,
        NURSE,
        NORWEGIAN,
        Shift.WEEKDAY_EVENING.bit() | Shift.WEEKEND_DAY.bit(),
        true,
        true);
  }

  private static MentorCandidate mentor(
      long id, Set<Long> systems, long workplace, long region, long background, int active) {
    return new MentorCandidate(
        id,
        systems,
        Set.of(TRAINING),
        Set.of(workplace),
        Set.of(region),
        background,
        Set.of(NORWEGIAN),
        Shift.WEEKDAY_EVENING.bit(),
        3,
        active,
        false);
  }

  @Test
  void aMentorWhoMeetsEveryNeedOnAnEmptyCalendarScoresFull() {
    MentorCandidate perfect =
        new MentorCandidate(
            1,
            Set.of(DIPS, GERICA, COSDOC),
            Set.of(TRAINING, PRIVACY),
            Set.of(NURSING_HOME),
            Set.of(WEST),
            NURSE,
            Set.of(NORWEGIAN, POLISH),
            Shift.mask(Set.of(Shift.values())),
            2,
            0,
            false);

    assertThat(engine.evaluate(needs(), perfect).orElseThrow().score())
        .isEqualTo(MatchingEngine.FULL_SCORE);
  }

  @Test
  void moreSharedSystemsRankHigher() {
    MentorCandidate both = mentor(1, Set.of(DIPS, GERICA), NURSING_HOME, WEST, NURSE, 0);
    MentorCandidate one = mentor(2, Set.of(DIPS), NURSING_HOME, WEST, NURSE, 0);
    MentorCandidate none = mentor(3, Set.of(COSDOC), NURSING_HOME, WEST, NURSE, 0);

    List<Match> ranked = engine.rank(needs(), MatchingEngine.prepare(List.of(none, one, both)), 10);

    assertThat(ranked).extracting(Match::mentorId).containsExactly(1L, 2L, 3L);
  }

  @Test
  void theExplanationNamesWhatMatchedAndWhatDidNot() {
    MentorCandidate m = mentor(1, Set.of(DIPS, COSDOC), HOSPITAL, WEST, PHYSIO, 0);

    Match match = engine.evaluate(needs(), m).orElseThrow();

    FactorResult systems = factor(match, Factor.SYSTEMS);
    assertThat(systems.matchedTerms()).containsExactly(DIPS);
    assertThat(systems.missingTerms()).containsExactly(GERICA);
    assertThat(systems.share()).isEqualTo(0.5);
    assertThat(factor(match, Factor.WORKPLACE_TYPE).missingTerms()).containsExactly(NURSING_HOME);
    assertThat(factor(match, Factor.REGION).matchedTerms()).containsExactly(WEST);
    assertThat(factor(match, Factor.BACKGROUND).matched()).isFalse();
    FactorResult availability = factor(match, Factor.AVAILABILITY);
    assertThat(availability.matchedShifts()).containsExactly(Shift.WEEKDAY_EVENING);
    assertThat(availability.missingShifts()).containsExactly(Shift.WEEKEND_DAY);
    assertThat(match.reasons()).extracting(FactorResult::factor).contains(Factor.SYSTEMS);
    assertThat(match.shortfalls())
        .extracting(FactorResult::factor)
        .contains(Factor.WORKPLACE_TYPE, Factor.BACKGROUND, Factor.AVAILABILITY);
  }

  @Test
  void regionAndBackgroundCountOnlyWhenTheMenteeAsksForThem() {
    MenteeNeeds relaxed =
        new MenteeNeeds(7, Set.of(DIPS), Set.of(), 0, WEST, NURSE, 0, 0, false, false);
    MentorCandidate elsewhere = mentor(1, Set.of(DIPS), HOSPITAL, NORTH, PHYSIO, 0);

    Match match = engine.evaluate(relaxed, elsewhere).orElseThrow();

    assertThat(match.factors())
        .extracting(FactorResult::factor)
        .containsExactly(Factor.SYSTEMS, Factor.LOAD);
    assertThat(match.score()).isEqualTo(MatchingEngine.FULL_SCORE);
  }

  @Test
  void aBusierMentorRanksBelowAnEquallyGoodFreeOne() {
    MentorCandidate busy = mentor(1, Set.of(DIPS, GERICA), NURSING_HOME, WEST, NURSE, 2);
    MentorCandidate free = mentor(2, Set.of(DIPS, GERICA), NURSING_HOME, WEST, NURSE, 0);

    List<Match> ranked = engine.rank(needs(), MatchingEngine.prepare(List.of(busy, free)), 10);

    assertThat(ranked).extracting(Match::mentorId).containsExactly(2L, 1L);
    assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
  }

  @Test
  void fullPausedAndSelfAreNeverSuggested() {
    MentorCandidate full = mentor(1, Set.of(DIPS), NURSING_HOME, WEST, NURSE, 3);
    MentorCandidate paused =
        new MentorCandidate(
            2, Set.of(DIPS), Set.of(), Set.of(), Set.of(), NURSE, Set.of(), 0, 3, 0, true);
    MentorCandidate self = mentor(7, Set.of(DIPS), NURSING_HOME, WEST, NURSE, 0);
    MentorCandidate ok = mentor(4, Set.of(COSDOC), HOSPITAL, NORTH, PHYSIO, 0);

    List<Match> ranked =
        engine.rank(needs(), MatchingEngine.prepare(List.of(full, paused, self, ok)), 10);

    assertThat(ranked).extracting(Match::mentorId).containsExactly(4L);
  }

  @Test
  void aWeightOfZeroSwitchesAFactorOff() {
    Map<Factor, Integer> w = new EnumMap<>(Weights.defaults().asMap());
    w.replaceAll((f, v) -> 0);
    w.put(Factor.LANGUAGE, 10);
    MatchingEngine languageOnly = new MatchingEngine(Weights.of(w));
    MentorCandidate m = mentor(1, Set.of(COSDOC), HOSPITAL, NORTH, PHYSIO, 2);

    Match match = languageOnly.evaluate(needs(), m).orElseThrow();

    assertThat(match.score()).isEqualTo(MatchingEngine.FULL_SCORE);
    assertThat(match.factors()).extracting(FactorResult::factor).containsExactly(Factor.LANGUAGE);
  }

  @Test
  void rankReturnsAtMostTheLimitBestFirstAndAgreesWithSortingEveryScore() {
    List<MentorCandidate> mentors = Populations.mentors(300, 11);
    MenteeNeeds n = Populations.mentees(1, 12).get(0);
    List<MatchingEngine.Prepared> prepared = MatchingEngine.prepare(mentors);

    List<Match> top = engine.rank(n, prepared, 10);

    List<Integer> all =
        mentors.stream()
            .filter(m -> MatchingEngine.eligible(n, m))
            .map(m -> engine.evaluate(n, m).orElseThrow().score())
            .sorted((a, b) -> b - a)
            .limit(10)
            .toList();
    assertThat(top).extracting(Match::score).containsExactlyElementsOf(all);
  }

  @Test
  void weightsOutsideTheirRangeAreRefused() {
    Map<Factor, Integer> w = new EnumMap<>(Weights.defaults().asMap());
    w.put(Factor.LOAD, Weights.MAX + 1);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Weights.of(w))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static FactorResult factor(Match match, Factor f) {
    return match.factors().stream().filter(r -> r.factor() == f).findFirst().orElseThrow();
  }
}
