package no.helsebro.forum;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.helsebro.forum.ForumStore.MemberStat;
import no.helsebro.forum.model.KindRules;
import no.helsebro.forum.model.PostVisibility;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/**
 * Marks a post helpful or thanks its author, or takes that back: the member's reaction, the post's
 * and topic's counts and the author's stats move together, once.
 */
@Singleton
class RecognisePost {

  // Hand-written SQL: reaction rows and their counters (not yet moved, ADR 0211).

  private final JdbcQueries db;
  private final ForumStore store;
  private final ChangeFeed feed;

  RecognisePost(JdbcQueries db, ForumStore store, ChangeFeed feed) {
    this.db = db;
    this.store = store;
    this.feed = feed;
  }

  /** The reaction's code in forum_reactions.kind. */
  private static String code(PostRecognised.Kind kind) {
    return kind == PostRecognised.Kind.HELPFUL ? "H" : "T";
  }

  /** The post's and topic's count column of the kind. */
  private static String countColumn(PostRecognised.Kind kind) {
    return kind == PostRecognised.Kind.HELPFUL ? "helpful_count" : "thanks_count";
  }

  @Transactional
  ForumDtos.ReactionView recognise(
      CurrentMember me, long postId, PostRecognised.Kind kind, boolean on) {
    ForumStore.PostRow post =
        store
            .post(postId, false)
            .filter(p -> PostVisibility.wholeForEveryone(p.deleted(), p.hidden()))
            .orElseThrow(() -> ApiException.notFound("Post"));
    if (Long.valueOf(me.id()).equals(post.authorId())) {
      throw ApiException.conflict("own-post", "You cannot mark your own post.");
    }
    if (kind == PostRecognised.Kind.HELPFUL && !KindRules.canBeMarkedHelpful(post.postNumber())) {
      throw ApiException.conflict("not-a-reply", "Only replies can be marked helpful.");
    }
    ensureTopicReadable(me, post.topicId());
    int changed =
        on
            ? db.update(
                "INSERT IGNORE INTO forum_reactions (post_id, member_id, kind) VALUES (?, ?, ?)",
                postId,
                me.id(),
                code(kind))
            : db.update(
                "DELETE FROM forum_reactions WHERE post_id = ? AND member_id = ? AND kind = ?",
                postId,
                me.id(),
                code(kind));
    if (changed == 1) {
      int d = on ? 1 : -1;
      String column = countColumn(kind);
      db.update(
          "UPDATE forum_posts SET " + column + " = " + column + " + ? WHERE id = ?", d, postId);
      db.update(
          "UPDATE forum_topics SET " + column + " = " + column + " + ? WHERE id = ?",
          d,
          post.topicId());
      if (post.authorId() != null) {
        store.addStats(
            post.authorId(),
            kind == PostRecognised.Kind.HELPFUL
                ? MemberStat.HELPFUL_RECEIVED
                : MemberStat.THANKS_RECEIVED,
            d);
      }
      feed.publish(new PostRecognised(postId, post.topicId(), post.authorId(), me.id(), kind, on));
    }
    return db.one(
            "SELECT p.helpful_count, p.thanks_count,"
                + " EXISTS(SELECT 1 FROM forum_reactions r WHERE r.post_id = p.id AND r.member_id = ?"
                + "   AND r.kind = 'H') AS h,"
                + " EXISTS(SELECT 1 FROM forum_reactions r WHERE r.post_id = p.id AND r.member_id = ?"
                + "   AND r.kind = 'T') AS t"
                + " FROM forum_posts p WHERE p.id = ?",
            rs ->
                new ForumDtos.ReactionView(
                    rs.getInt(1), rs.getInt(2), rs.getBoolean(3), rs.getBoolean(4)),
            me.id(),
            me.id(),
            postId)
        .orElseThrow();
  }

  private void ensureTopicReadable(CurrentMember me, long topicId) {
    boolean visible =
        db.one("SELECT visible FROM forum_topics WHERE id = ?", rs -> rs.getBoolean(1), topicId)
            .orElse(false);
    if (!visible && !me.isCoordinator()) {
      throw ApiException.notFound("Post");
    }
  }
}
