package no.helsebro.forum;

import jakarta.inject.Singleton;
import java.util.List;
import no.helsebro.platform.content.MarkdownRenderer;

/**
 * What the forum knows about a member's contributions, for the profiles module (member pages,
 * contribution reports). Totals are kept at write time, so both calls are cheap indexed reads.
 */
@Singleton
class ForumStats {

  private final PostRepository posts;
  private final MemberStatsRepository stats;

  ForumStats(PostRepository posts, MemberStatsRepository stats) {
    this.posts = posts;
    this.stats = stats;
  }

  /** The member's totals; all zero for a member who never posted. */
  public MemberForumStats forMember(long memberId) {
    return stats
        .findByMemberId(memberId)
        .map(
            s ->
                new MemberForumStats(
                    s.topicCount(),
                    s.replyCount(),
                    s.helpfulReceived(),
                    s.thanksReceived(),
                    s.acceptedCount()))
        .orElse(MemberForumStats.NONE);
  }

  /**
   * The member's most recent visible posts (topics they started and replies), newest first, as any
   * member may see them: hidden and deleted posts and posts in hidden topics are left out.
   *
   * @param limit at most this many (1–50)
   */
  public List<Contribution> recentContributions(long memberId, int limit) {
    int n = Math.max(1, Math.min(50, limit));
    return posts.recentBy(memberId, n).stream()
        .map(
            p ->
                new Contribution(
                    p.id(),
                    p.topicId(),
                    p.postNumber(),
                    p.title(),
                    p.kind(),
                    MarkdownRenderer.plainText(p.bodyHtml(), 200),
                    p.createdAt(),
                    p.helpfulCount(),
                    p.thanksCount(),
                    p.accepted()))
        .toList();
  }
}
