package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;

/**
 * Merges a duplicate topic into another, for a coordinator through {@link
 * ForumModeration#mergeTopics}: its posts (the opening post included) move to the end of the
 * target's thread in their order, its followers follow the target, and the duplicate disappears
 * from lists and points to the target ({@code mergedIntoId}).
 */
@Singleton
class MergeTopics {

  // Hand-written SQL: set-based moves of a thread's posts, follows and counters (INSERT ...
  // SELECT).

  private final JdbcQueries db;
  private final ForumStore store;
  private final AuditLog audit;
  private final ChangeFeed feed;

  MergeTopics(JdbcQueries db, ForumStore store, AuditLog audit, ChangeFeed feed) {
    this.db = db;
    this.store = store;
    this.audit = audit;
    this.feed = feed;
  }

  /** Runs in the caller's transaction. */
  void merge(long coordinatorId, long duplicateTopicId, long intoTopicId, @Nullable String reason) {
    if (duplicateTopicId == intoTopicId) {
      throw ApiException.invalidField(
          "intoTopicId", "validation", "cannot merge a topic into itself");
    }
    // Lock in id order so two merges cannot deadlock.
    ForumStore.LockedTopic first = store.lockTopic(Math.min(duplicateTopicId, intoTopicId));
    ForumStore.LockedTopic second = store.lockTopic(Math.max(duplicateTopicId, intoTopicId));
    ForumStore.LockedTopic from = first.id() == duplicateTopicId ? first : second;
    ForumStore.LockedTopic into = first.id() == intoTopicId ? first : second;
    if (from.mergedIntoId() != null) {
      throw ApiException.conflict("already-merged", "The topic was already merged.");
    }
    if (into.mergedIntoId() != null) {
      throw ApiException.invalidField("intoTopicId", "validation", "the target was merged itself");
    }
    int offset = into.lastPostNumber();
    int moved = from.lastPostNumber();
    record Sums(int replies, int helpful, int thanks, Instant last) {}
    Sums sums =
        db.one(
                "SELECT SUM(NOT deleted AND NOT hidden), SUM(helpful_count), SUM(thanks_count),"
                    + " MAX(created_at) AS last FROM forum_posts WHERE topic_id = ?",
                rs ->
                    new Sums(
                        rs.getInt(1), rs.getInt(2), rs.getInt(3), JdbcQueries.instant(rs, "last")),
                from.id())
            .orElseThrow();
    db.update(
        "UPDATE forum_posts SET topic_id = ?, post_number = post_number + ? WHERE topic_id = ?",
        into.id(),
        offset,
        from.id());
    db.update(
        "UPDATE forum_topics SET last_post_number = last_post_number + ?,"
            + " reply_count = reply_count + ?, helpful_count = helpful_count + ?,"
            + " thanks_count = thanks_count + ?,"
            + " last_activity_at = GREATEST(last_activity_at, ?) WHERE id = ?",
        moved,
        sums.replies(),
        sums.helpful(),
        sums.thanks(),
        sums.last(),
        into.id());
    // The duplicate's posts answer the target by the target's asker, not their own.
    db.update(Answers.RECOUNT, into.id());
    db.update(
        "UPDATE forum_topics SET merged_into_id = ?, reply_count = 0, answer_count = 0,"
            + " helpful_count = 0,"
            + " thanks_count = 0, solved = FALSE, accepted_post_id = NULL WHERE id = ?",
        into.id(),
        from.id());
    // A post merged in from the duplicate's opening post no longer opens a topic.
    store.refreshVisibilityMerged(from.id(), from.categoryId(), from.visible());
    db.update(
        "INSERT IGNORE INTO forum_topic_follows (member_id, topic_id)"
            + " SELECT member_id, ? FROM forum_topic_follows WHERE topic_id = ?",
        into.id(),
        from.id());
    audit.record(
        coordinatorId,
        "topic.merged",
        "topic",
        from.id(),
        ForumModeration.reasonText(reason),
        new LinkedHashMap<>(Map.of("intoTopicId", into.id(), "movedPosts", moved)));
    feed.publish(new TopicMerged(from.id(), into.id(), coordinatorId));
  }
}
