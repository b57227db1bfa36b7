package no.helsebro.forum;

import jakarta.inject.Singleton;
import java.util.List;
import no.helsebro.platform.content.MarkdownRenderer;
import no.helsebro.platform.database.JdbcQueries;

/**
 * What the forum knows about a member's contributions, for the profiles module (member pages,
 * contribution reports). Totals are kept at write time, so both calls are cheap indexed reads.
 */
@Singleton
class ForumStats {

  // Recent contributions are read by hand: one join of posts and topics, ordered and limited.
  private final JdbcQueries db;
  private final MemberStatsRepository stats;

  ForumStats(JdbcQueries db, MemberStatsRepository stats) {
    this.db = db;
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
    return db.list(
        "SELECT p.id, p.topic_id, p.post_number, t.title, t.kind, p.body_html, p.created_at,"
            + " p.helpful_count, p.thanks_count, t.accepted_post_id = p.id AS accepted"
            + " FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id"
            + " WHERE p.author_id = ? AND p.deleted = FALSE AND p.hidden = FALSE AND t.visible = TRUE"
            + " ORDER BY p.created_at DESC LIMIT ?",
        rs ->
            new Contribution(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getString(4),
                TopicKind.valueOf(rs.getString(5)),
                MarkdownRenderer.plainText(rs.getString(6), 200),
                JdbcQueries.instant(rs, "created_at"),
                rs.getInt(8),
                rs.getInt(9),
                rs.getBoolean(10)),
        memberId,
        n);
  }
}
