package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrustPolicyTest {

  private final TrustPolicy policy = new TrustPolicy(Duration.ofDays(7), 10, 3, 2);
  private final Instant now = Instant.parse("2026-03-01T12:00:00Z");

  private TrustPolicy.Facts facts(Duration age, int accepted, int posts, int topics) {
    Instant oldest = now.minus(Duration.ofMinutes(20));
    return new TrustPolicy.Facts(false, now.minus(age), accepted, posts, topics, oldest, oldest);
  }

  @Test
  void aMemberOlderThanTheTrustAgeIsNotLimited() {
    assertThat(policy.check(facts(Duration.ofDays(8), 0, 100, 100), true, 50, now)).isNull();
  }

  @Test
  void onlyTheAccountsAgeCountsAsTrustThatLasts() {
    // RateLimiter remembers members trusted by age; an accepted answer can be taken back.
    assertThat(policy.trustedByAge(facts(Duration.ofDays(7), 0, 0, 0), now)).isTrue();
    assertThat(policy.trustedByAge(facts(Duration.ofDays(6), 1, 0, 0), now)).isFalse();
    assertThat(policy.trusted(facts(Duration.ofDays(6), 1, 0, 0), now)).isTrue();
  }

  @Test
  void anAcceptedAnswerEarnsTrustEarly() {
    assertThat(policy.check(facts(Duration.ofHours(1), 1, 100, 100), true, 50, now)).isNull();
  }

  @Test
  void aNewMemberWithTooManyLinksIsRefused() {
    assertThat(policy.check(facts(Duration.ofHours(1), 0, 0, 0), false, 3, now).limit())
        .isEqualTo("links-per-post");
  }

  @Test
  void aNewMemberAtThePostLimitWaitsUntilTheOldestPostIsAnHourOld() {
    TrustPolicy.Refusal r = policy.check(facts(Duration.ofHours(1), 0, 10, 0), false, 0, now);

    assertThat(r.limit()).isEqualTo("posts-per-hour");
    assertThat(r.retryAfterSeconds()).isEqualTo(40 * 60);
  }

  @Test
  void aNewMemberAtTheTopicLimitMayStillReply() {
    assertThat(policy.check(facts(Duration.ofHours(1), 0, 3, 3), true, 0, now).limit())
        .isEqualTo("topics-per-hour");
    assertThat(policy.check(facts(Duration.ofHours(1), 0, 3, 3), false, 0, now)).isNull();
  }

  @Test
  void coordinatorsAreAlwaysTrusted() {
    TrustPolicy.Facts f = new TrustPolicy.Facts(true, now, 0, 99, 99, now, now);
    assertThat(policy.check(f, true, 99, now)).isNull();
  }
}
