package no.helsebro.forum;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import no.helsebro.accounts.MemberDeleted;
import no.helsebro.accounts.PersonalDataContributor;
import no.helsebro.platform.database.JdbcQueries;

/**
 * A member's forum data for their GDPR export, and its removal when they delete their account:
 * private things (drafts, bookmarks, follows, read markers, feed token) go; posts stay and are
 * shown with the name the accounts module gives deleted members.
 */
@Singleton
class ForumMemberData implements PersonalDataContributor {

  // Hand-written SQL: one member's rows in every forum table at once (export and deletion).

  private final JdbcQueries db;
  private final ForumStats stats;

  ForumMemberData(JdbcQueries db, ForumStats stats) {
    this.db = db;
    this.stats = stats;
  }

  @Serdeable
  record ExportedPost(
      long postId,
      long topicId,
      int postNumber,
      String topicTitle,
      String markdown,
      Instant createdAt,
      Instant editedAt,
      boolean deleted) {}

  @Serdeable
  record ExportedDraft(String key, String payload, Instant updatedAt) {}

  @Serdeable
  record ForumExport(
      MemberForumStats totals,
      List<ExportedPost> posts,
      List<ExportedDraft> drafts,
      List<Long> bookmarkedTopicIds,
      List<Long> followedTopicIds,
      List<Long> followedCategoryIds) {}

  @Override
  public String section() {
    return "forum";
  }

  @Override
  public Object personalData(long memberId) {
    return new ForumExport(
        stats.forMember(memberId),
        db.list(
            "SELECT p.id, p.topic_id, p.post_number, t.title, p.body_md, p.created_at, p.edited_at,"
                + " p.deleted FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id"
                + " WHERE p.author_id = ? ORDER BY p.created_at",
            rs ->
                new ExportedPost(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    JdbcQueries.instant(rs, "created_at"),
                    JdbcQueries.instant(rs, "edited_at"),
                    rs.getBoolean(8)),
            memberId),
        db.list(
            "SELECT draft_key, payload, updated_at FROM forum_drafts WHERE member_id = ?",
            rs ->
                new ExportedDraft(
                    rs.getString(1), rs.getString(2), JdbcQueries.instant(rs, "updated_at")),
            memberId),
        db.list(
            "SELECT topic_id FROM forum_bookmarks WHERE member_id = ? ORDER BY created_at",
            rs -> rs.getLong(1),
            memberId),
        db.list(
            "SELECT topic_id FROM forum_topic_follows WHERE member_id = ? ORDER BY created_at",
            rs -> rs.getLong(1),
            memberId),
        db.list(
            "SELECT category_id FROM forum_category_follows WHERE member_id = ?",
            rs -> rs.getLong(1),
            memberId));
  }

  @EventListener
  void onDeleted(MemberDeleted event) {
    long id = event.memberId();
    for (String table :
        List.of(
            "forum_drafts",
            "forum_bookmarks",
            "forum_topic_follows",
            "forum_category_follows",
            "forum_reads",
            "forum_feed_tokens")) {
      db.update("DELETE FROM " + table + " WHERE member_id = ?", id);
    }
  }
}
