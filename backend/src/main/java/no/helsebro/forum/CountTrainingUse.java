package no.helsebro.forum;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.helsebro.forum.model.KindRules;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/** Counts (or uncounts) the member as having used a training resource. */
@Singleton
class CountTrainingUse {

  // Hand-written SQL: use rows and their counter (not yet moved, ADR 0211).

  private final JdbcQueries db;
  private final ChangeFeed feed;

  CountTrainingUse(JdbcQueries db, ChangeFeed feed) {
    this.db = db;
    this.feed = feed;
  }

  /** What a use depends on: the topic's kind, author and visibility. */
  private record UsedTopic(TopicKind kind, Long author, boolean visible) {}

  @Transactional
  ForumDtos.UsedView used(CurrentMember me, long topicId, boolean on) {
    UsedTopic t =
        db.one(
                "SELECT kind, author_id, visible FROM forum_topics WHERE id = ?",
                rs ->
                    new UsedTopic(
                        TopicKind.valueOf(rs.getString(1)),
                        JdbcQueries.nullableLong(rs, "author_id"),
                        rs.getBoolean(3)),
                topicId)
            .filter(x -> x.visible())
            .orElseThrow(() -> ApiException.notFound("Topic"));
    if (!KindRules.countsUses(t.kind())) {
      throw ApiException.conflict("not-a-training-resource", "Only training resources count uses.");
    }
    if (Long.valueOf(me.id()).equals(t.author())) {
      throw ApiException.conflict("own-post", "You cannot count your own resource.");
    }
    int changed =
        on
            ? db.update(
                "INSERT IGNORE INTO forum_training_uses (topic_id, member_id) VALUES (?, ?)",
                topicId,
                me.id())
            : db.update(
                "DELETE FROM forum_training_uses WHERE topic_id = ? AND member_id = ?",
                topicId,
                me.id());
    if (changed == 1) {
      db.update(
          "UPDATE forum_topics SET used_count = used_count + ? WHERE id = ?", on ? 1 : -1, topicId);
      feed.publish(new TrainingResourceUsed(topicId, me.id(), on));
    }
    return db.one(
            "SELECT used_count, EXISTS(SELECT 1 FROM forum_training_uses u WHERE u.topic_id = t.id"
                + " AND u.member_id = ?) FROM forum_topics t WHERE t.id = ?",
            rs -> new ForumDtos.UsedView(rs.getInt(1), rs.getBoolean(2)),
            me.id(),
            topicId)
        .orElseThrow();
  }
}
