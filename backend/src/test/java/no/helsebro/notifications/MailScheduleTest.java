package no.helsebro.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class MailScheduleTest {

  private static Instant oslo(String local) {
    return ZonedDateTime.parse(local + "[Europe/Oslo]").toInstant();
  }

  @Test
  void theDailyDigestTimeIsTheLatestChosenHourNorwegianTime() {
    MailSchedule s = new MailSchedule(7, 1, null, null);
    assertThat(s.latestDaily(oslo("2026-06-10T07:30:00+02:00")))
        .isEqualTo(oslo("2026-06-10T07:00:00+02:00"));
    assertThat(s.latestDaily(oslo("2026-06-10T06:59:00+02:00")))
        .isEqualTo(oslo("2026-06-09T07:00:00+02:00"));
  }

  @Test
  void theDigestHourFollowsNorwegianTimeAcrossTheSpringDaylightSavingChange() {
    MailSchedule s = new MailSchedule(7, 1, null, null);
    // 29 March 2026: clocks go from 02:00 to 03:00; 07:00 is 05:00 UTC, the day before 06:00 UTC.
    assertThat(s.latestDaily(Instant.parse("2026-03-29T05:30:00Z")))
        .isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
    assertThat(s.latestDaily(Instant.parse("2026-03-29T04:59:00Z")))
        .isEqualTo(Instant.parse("2026-03-28T06:00:00Z"));
  }

  @Test
  void anHourThatDoesNotExistOnTheDayOfTheChangeMovesToTheFirstMomentAfterIt() {
    MailSchedule s = new MailSchedule(2, 1, null, null);
    assertThat(s.latestDaily(Instant.parse("2026-03-29T03:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
  }

  @Test
  void theWeeklyDigestIsOnTheChosenWeekday() {
    MailSchedule s = new MailSchedule(7, 1, null, null);
    // Thursday 11 June 2026 -> Monday 8 June 07:00.
    assertThat(s.latestWeekly(oslo("2026-06-11T12:00:00+02:00")))
        .isEqualTo(oslo("2026-06-08T07:00:00+02:00"));
    // Monday before seven -> the Monday before.
    assertThat(s.latestWeekly(oslo("2026-06-08T06:00:00+02:00")))
        .isEqualTo(oslo("2026-06-01T07:00:00+02:00"));
  }

  @Test
  void quietHoursMayRunPastMidnight() {
    MailSchedule s = new MailSchedule(7, 1, 22, 6);
    assertThat(s.quiet(oslo("2026-06-10T23:00:00+02:00"))).isTrue();
    assertThat(s.quiet(oslo("2026-06-10T05:59:00+02:00"))).isTrue();
    assertThat(s.quiet(oslo("2026-06-10T06:00:00+02:00"))).isFalse();
    assertThat(s.quiet(oslo("2026-06-10T21:59:00+02:00"))).isFalse();
    assertThat(new MailSchedule(7, 1, null, null).quiet(oslo("2026-06-10T23:00:00+02:00")))
        .isFalse();
  }
}
