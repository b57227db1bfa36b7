package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import no.helsebro.forum.ForumStore.MemberStat;
import no.helsebro.platform.changes.ChangeFeed;

/**
 * The bookkeeping when a post leaves the thread, deleted by its author ({@link DeletePost}) or
 * hidden by moderation ({@link ForumModeration}): counts, the topic's visibility, the accepted
 * answer.
 */
@Singleton
class PostRemoval {

  private final TopicRepository topics;
  private final ForumStore store;
  private final ChangeFeed feed;

  PostRemoval(TopicRepository topics, ForumStore store, ChangeFeed feed) {
    this.topics = topics;
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
      topics.uncountRemovedReply(t.id(), Answers.count(t.authorId(), post.authorId()));
    }
    if (Long.valueOf(post.id()).equals(t.acceptedPostId())) {
      topics.unaccept(t.id());
      if (post.authorId() != null) {
        store.addStats(post.authorId(), MemberStat.ACCEPTED_ANSWERS, -1);
      }
      feed.publish(new TopicChanged(t.id(), TopicChanged.Change.ANSWER_UNACCEPTED, byId));
    }
  }
}
