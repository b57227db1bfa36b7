package no.helsebro.forum;

import java.time.Duration;
import java.time.Instant;

/**
 * Who is still new, and what a new member may post. Plain Java: the rules are decided here and
 * unit-tested; {@link RateLimiter} gathers the facts from the database.
 *
 * <p>A member is trusted when they are a coordinator, when their account is older than {@code
 * trustedAfter}, or when one of their answers has been accepted. Until then they may post at most
 * {@code postsPerHour} posts and {@code topicsPerHour} topics in any rolling hour, with at most
 * {@code linksPerPost} links to other sites in each.
 */
record TrustPolicy(Duration trustedAfter, int postsPerHour, int topicsPerHour, int linksPerPost) {

  /** What we know about the member at the moment they post. */
  record Facts(
      boolean coordinator,
      Instant accountCreatedAt,
      int acceptedAnswers,
      int postsLastHour,
      int topicsLastHour,
      Instant oldestPostLastHour,
      Instant oldestTopicLastHour) {}

  /** Which limit was reached and when the member may try again. */
  record Refusal(String limit, int max, long retryAfterSeconds) {}

  boolean trusted(Facts f, Instant now) {
    return f.coordinator() || f.acceptedAnswers() > 0 || trustedByAge(f, now);
  }

  /** Trusted for the account's age alone, which stays true from then on. */
  boolean trustedByAge(Facts f, Instant now) {
    return !f.accountCreatedAt().plus(trustedAfter).isAfter(now);
  }

  /** Null when the post may go ahead. */
  Refusal check(Facts f, boolean newTopic, int links, Instant now) {
    if (trusted(f, now)) {
      return null;
    }
    if (links > linksPerPost) {
      return new Refusal("links-per-post", linksPerPost, 0);
    }
    if (newTopic && f.topicsLastHour() >= topicsPerHour) {
      return new Refusal(
          "topics-per-hour", topicsPerHour, retryAfter(f.oldestTopicLastHour(), now));
    }
    if (f.postsLastHour() >= postsPerHour) {
      return new Refusal("posts-per-hour", postsPerHour, retryAfter(f.oldestPostLastHour(), now));
    }
    return null;
  }

  private static long retryAfter(Instant oldestInWindow, Instant now) {
    if (oldestInWindow == null) {
      return 60;
    }
    long s = Duration.between(now, oldestInWindow.plus(Duration.ofHours(1))).toSeconds();
    return Math.max(1, s);
  }
}
