package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import no.helsebro.forum.ForumStore.MemberStat;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;

/**
 * The bookkeeping when a post leaves the thread, deleted by its author ({@link DeletePost}) or
 * hidden by moderation ({@link ForumModeration}): counts, the topic's visibility, the accepted
 * answer.
 */
@Singleton
class PostRemoval {

  private final JdbcQueries db;
  private final ForumStore store;
  private final ChangeFeed feed;

  PostRemoval(JdbcQueries db, ForumStore store, ChangeFeed feed) {
    this.db = db;
    this.store = store;
    this.feed = feed;
  }

  /**
   * Publishes what it changes on the topic ({@code byId} null when no member removed it). {@code
   * post} is the post as it was before it was removed.
   */
  void afterRemoval(ForumStore.LockedTopic t, ForumStore.PostRow post, @Nullable Long byId) {
    if (post.postNumber() == 1) {
      if (store.refreshVisibility(t.id())) {
        feed.publish(new TopicChanged(t.id(), TopicChanged.Change.HIDDEN, byId));
      }
    } else if (!post.deleted() && !post.hidden()) {
      db.update(
          "UPDATE forum_topics SET reply_count = GREATEST(reply_count - 1, 0),"
              + " answer_count = GREATEST(answer_count - ?, 0) WHERE id = ?",
          Answers.count(t.authorId(), post.authorId()),
          t.id());
    }
    if (Long.valueOf(post.id()).equals(t.acceptedPostId())) {
      db.update(
          "UPDATE forum_topics SET solved = FALSE, accepted_post_id = NULL WHERE id = ?", t.id());
      if (post.authorId() != null) {
        store.addStats(post.authorId(), MemberStat.ACCEPTED_ANSWERS, -1);
      }
      feed.publish(new TopicChanged(t.id(), TopicChanged.Change.ANSWER_UNACCEPTED, byId));
    }
  }
}
