package no.helsebro.forum;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;

/**
 * Applies {@link TrustPolicy} to a member about to post; refuses with 429 {@code rate-limited}.
 * Members trusted for their account's age stay trusted, so they are remembered and their next posts
 * skip the query for the facts.
 */
@Singleton
class RateLimiter {

  // The recent-posts facts are one aggregate over the member's posts, read by hand.
  private final JdbcQueries db;
  private final MemberStatsRepository stats;
  private final TrustPolicy policy;
  private final Cache<Long, Boolean> trustedByAge =
      Caffeine.newBuilder().maximumSize(100_000).build();

  private final MemberDirectory members;

  RateLimiter(
      JdbcQueries db, MemberStatsRepository stats, ForumConfig config, MemberDirectory members) {
    this.members = members;
    this.db = db;
    this.stats = stats;
    this.policy = config.policy();
  }

  /** Whether {@link TrustPolicy} counts the member as trusted at {@code now}. */
  boolean trusted(long memberId, Instant now) {
    return policy.trusted(facts(memberId), now);
  }

  private TrustPolicy.Facts facts(long memberId) {
    MemberDirectory.Standing member =
        members
            .standing(memberId)
            .orElseThrow(() -> ApiException.forbidden("not-a-member", "Unknown member"));
    int accepted = stats.findAcceptedCountByMemberId(memberId).orElse(0);
    return new TrustPolicy.Facts(
        member.coordinator(), member.createdAt(), accepted, 0, 0, null, null);
  }

  void check(long memberId, boolean newTopic, int links, Instant now) {
    if (trustedByAge.getIfPresent(memberId) != null) {
      return;
    }
    Instant hourAgo = now.minusSeconds(3600);
    TrustPolicy.Facts facts = facts(memberId);
    if (policy.trustedByAge(facts, now)) {
      trustedByAge.put(memberId, Boolean.TRUE);
    }
    if (policy.trusted(facts, now)) {
      return;
    }
    // Only new members pay for these counts (index ix_posts_author_created).
    TrustPolicy.Facts full =
        db.one(
                "SELECT COUNT(*) AS posts, MIN(p.created_at) AS oldest_post,"
                    + " SUM(p.post_number = 1) AS topics,"
                    + " MIN(CASE WHEN p.post_number = 1 THEN p.created_at END) AS oldest_topic"
                    + " FROM forum_posts p WHERE p.author_id = ? AND p.created_at > ?",
                rs ->
                    new TrustPolicy.Facts(
                        facts.coordinator(),
                        facts.accountCreatedAt(),
                        facts.acceptedAnswers(),
                        rs.getInt("posts"),
                        rs.getInt("topics"),
                        JdbcQueries.instant(rs, "oldest_post"),
                        JdbcQueries.instant(rs, "oldest_topic")),
                memberId,
                hourAgo)
            .orElseThrow();
    TrustPolicy.Refusal refusal = policy.check(full, newTopic, links, now);
    if (refusal != null) {
      String detail =
          switch (refusal.limit()) {
            case "links-per-post" ->
                "New members may include at most " + refusal.max() + " links in one post.";
            case "topics-per-hour" ->
                "New members may start at most " + refusal.max() + " topics an hour.";
            default -> "New members may post at most " + refusal.max() + " times an hour.";
          };
      throw new ApiException(
              HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too Many Requests", detail)
          .with("limit", refusal.limit())
          .with("max", refusal.max())
          .with("retryAfterSeconds", refusal.retryAfterSeconds());
    }
  }
}
