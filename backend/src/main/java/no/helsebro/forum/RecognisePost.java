package no.helsebro.forum;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.helsebro.forum.ForumStore.MemberStat;
import no.helsebro.forum.model.KindRules;
import no.helsebro.forum.model.PostVisibility;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/**
 * Marks a post helpful or thanks its author, or takes that back: the member's reaction, the post's
 * and topic's counts and the author's stats move together, once.
 */
@Singleton
class RecognisePost {

  private final ReactionRepository reactions;
  private final PostRepository posts;
  private final TopicRepository topics;
  private final ForumStore store;
  private final ChangeFeed feed;

  RecognisePost(
      ReactionRepository reactions,
      PostRepository posts,
      TopicRepository topics,
      ForumStore store,
      ChangeFeed feed) {
    this.reactions = reactions;
    this.posts = posts;
    this.topics = topics;
    this.store = store;
    this.feed = feed;
  }

  /** The reaction's code in forum_reactions.kind. */
  private static String code(PostRecognised.Kind kind) {
    return kind == PostRecognised.Kind.HELPFUL ? "H" : "T";
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
            ? reactions.add(postId, me.id(), code(kind))
            : reactions.remove(postId, me.id(), code(kind));
    if (changed == 1) {
      int d = on ? 1 : -1;
      count(kind, postId, post.topicId(), d);
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
    return reactions.view(postId, me.id()).orElseThrow();
  }

  /** Moves the post's and the topic's count of the kind by {@code delta}. */
  private void count(PostRecognised.Kind kind, long postId, long topicId, int delta) {
    switch (kind) {
      case HELPFUL -> {
        posts.countHelpful(postId, delta);
        topics.countHelpful(topicId, delta);
      }
      case THANKS -> {
        posts.countThanks(postId, delta);
        topics.countThanks(topicId, delta);
      }
    }
  }

  private void ensureTopicReadable(CurrentMember me, long topicId) {
    boolean visible =
        topics.access(topicId).map(TopicRepository.TopicAccess::visible).orElse(false);
    if (!visible && !me.isCoordinator()) {
      throw ApiException.notFound("Post");
    }
  }
}
