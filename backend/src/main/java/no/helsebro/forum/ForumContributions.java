package no.helsebro.forum;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.helsebro.profiles.Contribution;
import no.helsebro.profiles.ContributionSource;

/** The forum's part of a member page: recent visible posts and the member's forum totals. */
@Singleton
class ForumContributions implements ContributionSource {

  private final ForumStats stats;

  ForumContributions(ForumStats stats) {
    this.stats = stats;
  }

  @Override
  public List<Contribution> contributions(long memberId, int limit) {
    return stats.recentContributions(memberId, limit).stream()
        .map(
            c ->
                new Contribution(
                    c.postNumber() == 1
                        ? c.topicKind().name().toLowerCase(Locale.ROOT)
                        : c.accepted() ? "accepted" : "reply",
                    c.topicTitle(),
                    "/forum/t/" + c.topicId() + "?post=" + c.postNumber(),
                    c.createdAt()))
        .toList();
  }

  @Override
  public Map<String, Integer> totals(long memberId) {
    MemberForumStats s = stats.forMember(memberId);
    Map<String, Integer> totals = new LinkedHashMap<>();
    totals.put("topics", s.topics());
    totals.put("replies", s.replies());
    totals.put("helpfulReceived", s.helpfulReceived());
    totals.put("thanksReceived", s.thanksReceived());
    totals.put("acceptedAnswers", s.acceptedAnswers());
    return totals;
  }

  @Override
  public long count(long memberId) {
    MemberForumStats s = stats.forMember(memberId);
    return (long) s.topics() + s.replies();
  }
}
