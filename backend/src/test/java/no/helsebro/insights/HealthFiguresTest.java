package no.helsebro.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.helsebro.insights.model.Periods.Granularity;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard figure against a small data set built by hand, with known answers. The data sits
 * around the start of summer time in 2019 (Sunday 31 March): Sunday 23:30 in Oslo is still the week
 * of Monday 25 March although it is 21:30 UTC, and Monday 00:10 in Oslo is the next week and the
 * next month although it is still Sunday in UTC.
 */
@MicronautTest(transactional = false)
class HealthFiguresTest {

  @Inject InsightsFixtures f;
  @Inject InsightsRebuild rebuild;
  @Inject HealthFigures figures;

  static final LocalDate WEEK_1 = LocalDate.parse("2019-03-25");
  static final LocalDate WEEK_2 = LocalDate.parse("2019-04-01");

  long region;
  long system;

  @BeforeEach
  void handBuiltCommunity() {
    region = f.term("REGION");
    system = f.term("SYSTEM");
    TestMember a = f.member(region, null, Instant.parse("2019-03-27T10:00:00Z"), system);
    TestMember b = f.member(region, null, Instant.parse("2019-03-31T22:30:00Z"));
    TestMember c = f.member(region, null, Instant.parse("2019-03-20T10:00:00Z"));
    TestMember mentor = f.member(f.term("REGION"), null, Instant.parse("2018-01-01T10:00:00Z"));

    // Q1: Sunday 23:30 in Oslo (week 1, March). A answers herself after 1 h (does not count),
    // B after 3 h; B's reply is accepted.
    Instant q1At = Instant.parse("2019-03-31T21:30:00Z");
    long q1 = f.topic("QUESTION", a.id(), q1At);
    f.post(q1, 2, a.id(), q1At.plusSeconds(3600));
    long answer = f.post(q1, 3, b.id(), q1At.plusSeconds(3 * 3600));
    f.accept(q1, answer);
    // Q2: Monday 00:10 in Oslo (week 2, April); C answers after 30 h.
    Instant q2At = Instant.parse("2019-03-31T22:10:00Z");
    long q2 = f.topic("QUESTION", a.id(), q2At);
    f.post(q2, 2, c.id(), q2At.plusSeconds(30 * 3600));
    // Q3 (week 2) is never answered.
    f.topic("QUESTION", b.id(), Instant.parse("2019-04-02T10:00:00Z"));
    f.topic("STORY", c.id(), Instant.parse("2019-04-03T08:00:00Z"));
    f.topic("TRAINING", c.id(), Instant.parse("2019-03-26T08:00:00Z"));
    f.topic("DISCUSSION", b.id(), Instant.parse("2019-04-04T08:00:00Z"));
    f.mentorship(
        a.id(),
        mentor.id(),
        Instant.parse("2019-04-02T12:00:00Z"),
        Instant.parse("2019-04-03T12:00:00Z"),
        Instant.parse("2019-04-05T12:00:00Z"));
    rebuild.rebuild();
  }

  HealthView read(Granularity by, Long system) {
    return figures.read(
        new HealthQuery(
            by,
            LocalDate.parse("2019-03-25"),
            LocalDate.parse("2019-04-07"),
            region,
            null,
            system));
  }

  @Test
  void weeksStartOnMondayInNorwegianTimeAndEveryFigureIsCounted() {
    List<HealthPeriod> weeks = read(Granularity.WEEK, null).periods();

    assertThat(weeks).extracting(HealthPeriod::start).containsExactly(WEEK_1, WEEK_2);
    HealthPeriod w1 = weeks.get(0);
    assertThat(w1.activeMembers()).isEqualTo(2); // A (Q1) and C (training)
    assertThat(w1.newMembers()).isEqualTo(1); // A; C joined the week before
    assertThat(w1.questions()).isEqualTo(1);
    assertThat(w1.answeredWithin24h()).isEqualTo(1);
    assertThat(w1.answeredWithin48h()).isEqualTo(1);
    assertThat(w1.medianHoursToFirstAnswer()).isEqualTo(3.0);
    assertThat(w1.medianHoursToAcceptedAnswer()).isEqualTo(3.0);
    assertThat(w1.stories()).isZero();
    assertThat(w1.trainingResources()).isEqualTo(1);
    assertThat(w1.mentorshipRequests()).isZero();

    HealthPeriod w2 = weeks.get(1);
    assertThat(w2.activeMembers()).isEqualTo(3);
    assertThat(w2.newMembers()).isEqualTo(1); // B: Monday 00:30 in Oslo
    assertThat(w2.questions()).isEqualTo(2);
    assertThat(w2.answeredWithin24h()).isZero();
    assertThat(w2.answeredWithin48h()).isEqualTo(1);
    assertThat(w2.medianHoursToFirstAnswer()).isEqualTo(30.0);
    assertThat(w2.medianHoursToAcceptedAnswer()).isNull();
    assertThat(w2.stories()).isEqualTo(1);
    assertThat(w2.trainingResources()).isZero();
    assertThat(w2.mentorshipRequests()).isEqualTo(1);
    assertThat(w2.matches()).isEqualTo(1);
    assertThat(w2.mentorshipsEnded()).isEqualTo(1);
    assertThat(w2.feedbackResponses()).isEqualTo(1);
    assertThat(w2.feedback()).as("one answer is below the minimum of five").isNull();
  }

  @Test
  void totalsTakeTheMedianOverTheWholeRangeAndDoNotSumActiveMembers() {
    HealthPeriod totals = read(Granularity.WEEK, null).totals();

    assertThat(totals.questions()).isEqualTo(3);
    assertThat(totals.answeredWithin24h()).isEqualTo(1);
    assertThat(totals.answeredWithin48h()).isEqualTo(2);
    assertThat(totals.medianHoursToFirstAnswer()).isEqualTo(16.5);
    assertThat(totals.activeMembers()).isNull();
  }

  @Test
  void monthsFollowNorwegianTimeToo() {
    List<HealthPeriod> months = read(Granularity.MONTH, null).periods();

    assertThat(months)
        .extracting(HealthPeriod::start)
        .containsExactly(LocalDate.parse("2019-03-01"), LocalDate.parse("2019-04-01"));
    assertThat(months.get(0).questions()).isEqualTo(1);
    assertThat(months.get(0).activeMembers()).isEqualTo(2);
    assertThat(months.get(1).questions()).isEqualTo(2);
    assertThat(months.get(1).activeMembers()).isEqualTo(3);
  }

  @Test
  void theSystemFilterCountsOnlyMembersWhoUseIt() {
    List<HealthPeriod> weeks = read(Granularity.WEEK, system).periods();

    assertThat(weeks.get(0).activeMembers()).isEqualTo(1);
    assertThat(weeks.get(0).questions()).isEqualTo(1);
    assertThat(weeks.get(1).activeMembers()).isEqualTo(1);
    assertThat(weeks.get(1).questions()).isEqualTo(1); // Q2; Q3 is B's
    assertThat(weeks.get(1).mentorshipRequests()).isEqualTo(1);
    assertThat(weeks.get(1).stories()).isZero();
  }
}
