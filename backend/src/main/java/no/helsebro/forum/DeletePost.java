package no.helsebro.forum;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import no.helsebro.forum.model.TopicRules;
import no.helsebro.forum.model.Viewer;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/** Soft-deletes a post, by its author or a coordinator; a coordinator may restore it. */
@Singleton
class DeletePost {

  private final PostRepository posts;
  private final ForumStore store;
  private final PostRemoval removal;
  private final AuditLog audit;
  private final ChangeFeed feed;

  DeletePost(
      PostRepository posts,
      ForumStore store,
      PostRemoval removal,
      AuditLog audit,
      ChangeFeed feed) {
    this.posts = posts;
    this.store = store;
    this.removal = removal;
    this.audit = audit;
    this.feed = feed;
  }

  @Transactional
  void delete(CurrentMember me, long postId) {
    ForumStore.PostRow post =
        store.post(postId, false).orElseThrow(() -> ApiException.notFound("Post"));
    ForumStore.LockedTopic t = store.lockTopic(post.topicId());
    post = store.post(postId, true).orElseThrow(() -> ApiException.notFound("Post"));
    boolean author = Long.valueOf(me.id()).equals(post.authorId());
    if (!TopicRules.mayDelete(new Viewer(me.id(), me.isCoordinator()), post.authorId())) {
      throw ApiException.forbidden("not-author", "Only the author deletes a post.");
    }
    if (post.deleted()) {
      return;
    }
    posts.markDeleted(post.id());
    feed.publish(new PostDeleted(post.id(), t.id(), post.postNumber(), post.authorId(), me.id()));
    removal.afterRemoval(t, post, me.id());
    if (!author) {
      audit.record(
          me.id(),
          "post.deleted",
          "post",
          post.id(),
          null,
          Map.of("topicId", t.id(), "postNumber", post.postNumber()));
    }
  }
}
