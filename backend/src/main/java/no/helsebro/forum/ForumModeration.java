package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/**
 * Coordinators' actions on forum content, for the forum's own coordinator endpoints and for the
 * moderation module's review queue. Each method runs in one transaction and writes its {@link
 * AuditLog} entry in it (action names {@code post.hidden}, {@code topic.locked}, ...), so an action
 * and its audit entry are saved together or not at all.
 *
 * <p>The caller must already have established that {@code coordinatorId} is an active coordinator
 * (the endpoints are {@code @Secured(COORDINATOR)}); these methods do not check roles again.
 * Unknown posts or topics are refused with 404 problems; repeating an action that is already in
 * effect (hiding a hidden post) changes nothing and writes no audit entry.
 */
@Singleton
public class ForumModeration {

  private final PostRepository posts;
  private final TopicRepository topics;
  private final TopicModeration topicModeration;
  private final ForumStore store;
  private final EditPost editPost;
  private final PostRemoval removal;
  private final MergeTopics merge;
  private final AuditLog audit;
  private final ForumWriteEvents writeEvents;
  private final RateLimiter trust;
  private final ChangeFeed feed;
  private final AuthorNames names;

  ForumModeration(
      PostRepository posts,
      TopicRepository topics,
      TopicModeration topicModeration,
      ForumStore store,
      EditPost editPost,
      PostRemoval removal,
      MergeTopics merge,
      AuditLog audit,
      RateLimiter trust,
      ForumWriteEvents writeEvents,
      ChangeFeed feed,
      AuthorNames names) {
    this.posts = posts;
    this.topics = topics;
    this.topicModeration = topicModeration;
    this.feed = feed;
    this.names = names;
    this.writeEvents = writeEvents;
    this.store = store;
    this.editPost = editPost;
    this.removal = removal;
    this.merge = merge;
    this.audit = audit;
    this.trust = trust;
  }

  /**
   * Whether the forum's trust policy (ADR 0206) counts the member as trusted now: a coordinator, an
   * account older than {@code helsebro.forum.trusted-after}, or an accepted answer.
   */
  public boolean trusted(long memberId) {
    return trust.trusted(memberId, Instant.now());
  }

  /** The post as moderation sees it (also hidden and deleted ones), or empty. */
  public Optional<ModeratedPost> post(long postId) {
    return posts(List.of(postId)).stream().findFirst();
  }

  /** The posts with these ids that exist, in no particular order. */
  public List<ModeratedPost> posts(Collection<Long> postIds) {
    if (postIds.isEmpty()) {
      return List.of();
    }
    List<ModeratedPost> rows = posts.moderated(postIds);
    // The authors' names from the accounts module, in one look-up (ADR 0024).
    Map<Long, String> authors = names.of(rows.stream().map(ModeratedPost::authorId).toList());
    return rows.stream().map(r -> r.withAuthorName(authors.get(r.authorId()))).toList();
  }

  /**
   * Hides a post on behalf of the system because members flagged it (the moderation module's
   * auto-hide). Audited as {@code post.auto-hidden} with no actor and the given details (flag
   * counts). Returns false when the post was already hidden or deleted (nothing written).
   */
  @Transactional
  public boolean hidePostForFlags(long postId, String reason, Map<String, Object> details) {
    ForumStore.PostRow post = lockedPost(postId);
    if (post.hidden() || post.deleted()) {
      return false;
    }
    hideLocked(post, reason, null);
    Map<String, Object> all = new LinkedHashMap<>(details);
    all.put("topicId", post.topicId());
    all.put("postNumber", post.postNumber());
    audit.record(null, SYSTEM, "post.auto-hidden", "post", postId, reason, all);
    return true;
  }

  /** The actor name of entries written by Helsebro itself. */
  public static final String SYSTEM = "system";

  /**
   * Hides a post from members (a placeholder stays in the thread). Hiding the opening post hides
   * the whole topic from lists and from everyone but its author and coordinators.
   */
  @Transactional
  public void hidePost(long coordinatorId, long postId, @Nullable String reason) {
    ForumStore.PostRow post = lockedPost(postId);
    if (post.hidden()) {
      return;
    }
    ForumStore.LockedTopic t = hideLocked(post, reason, coordinatorId);
    record(
        coordinatorId,
        "post.hidden",
        "post",
        postId,
        reason,
        Map.of("topicId", t.id(), "postNumber", post.postNumber()));
  }

  /**
   * Brings back a post that was hidden (by a coordinator or by members' flags) or deleted by its
   * author, and publishes {@link PostRestored} in the same transaction: the post's open flags are
   * then dismissed, wherever the coordinator restored it from.
   */
  @Transactional
  public void restorePost(long coordinatorId, long postId, @Nullable String reason) {
    ForumStore.PostRow post = lockedPost(postId);
    if (!post.hidden() && !post.deleted()) {
      return;
    }
    ForumStore.LockedTopic t = store.lockTopic(post.topicId());
    posts.restore(postId);
    if (post.postNumber() == 1) {
      if (store.refreshVisibility(t.id())) {
        feed.publish(new TopicChanged(t.id(), TopicChanged.Change.RESTORED, coordinatorId));
      }
    } else {
      topics.countRestoredReply(t.id(), Answers.count(t.authorId(), post.authorId()));
    }
    record(
        coordinatorId,
        "post.restored",
        "post",
        postId,
        reason,
        Map.of("topicId", t.id(), "postNumber", post.postNumber(), "wasDeleted", post.deleted()));
    writeEvents.publish(
        new PostRestored(
            postId, coordinatorId, reason, t.id(), post.postNumber(), post.authorId()));
  }

  /** Hides a whole topic (its opening post). */
  @Transactional
  public void hideTopic(long coordinatorId, long topicId, @Nullable String reason) {
    hidePost(coordinatorId, openingPostId(topicId), reason);
  }

  /** Restores a hidden or deleted topic (its opening post). */
  @Transactional
  public void restoreTopic(long coordinatorId, long topicId, @Nullable String reason) {
    restorePost(coordinatorId, openingPostId(topicId), reason);
  }

  /** Stops new replies from members (coordinators may still reply). */
  @Transactional
  public void lockTopic(long coordinatorId, long topicId, @Nullable String reason) {
    topicModeration.set(TopicModeration.Switch.LOCKED, coordinatorId, topicId, true, reason);
  }

  @Transactional
  public void unlockTopic(long coordinatorId, long topicId, @Nullable String reason) {
    topicModeration.set(TopicModeration.Switch.LOCKED, coordinatorId, topicId, false, reason);
  }

  /** Keeps the topic at the top of its category's lists. */
  @Transactional
  public void pinTopic(long coordinatorId, long topicId, @Nullable String reason) {
    topicModeration.set(TopicModeration.Switch.PINNED, coordinatorId, topicId, true, reason);
  }

  @Transactional
  public void unpinTopic(long coordinatorId, long topicId, @Nullable String reason) {
    topicModeration.set(TopicModeration.Switch.PINNED, coordinatorId, topicId, false, reason);
  }

  /** Closes a topic with a reason shown on it; closed topics take no new replies from members. */
  @Transactional
  public void closeTopic(long coordinatorId, long topicId, String reason) {
    topicModeration.close(coordinatorId, topicId, reason);
  }

  @Transactional
  public void reopenTopic(long coordinatorId, long topicId, @Nullable String reason) {
    topicModeration.reopen(coordinatorId, topicId, reason);
  }

  /** Moves a topic to another (not archived) category. */
  @Transactional
  public void moveTopic(
      long coordinatorId, long topicId, long categoryId, @Nullable String reason) {
    topicModeration.move(coordinatorId, topicId, categoryId, reason);
  }

  /**
   * Merges a duplicate topic into another: its posts (the opening post included) move to the end of
   * the target's thread in their order, its followers follow the target, and the duplicate
   * disappears from lists and points to the target ({@code mergedIntoId}).
   */
  @Transactional
  public void mergeTopics(
      long coordinatorId, long duplicateTopicId, long intoTopicId, @Nullable String reason) {
    merge.merge(coordinatorId, duplicateTopicId, intoTopicId, reason);
  }

  /**
   * A coordinator's edit of someone's post (same rules and conflict answer as the author's edit,
   * audited as {@code post.edited}).
   */
  @Transactional
  public void editPost(
      long coordinatorId, long postId, int version, String body, @Nullable String reason) {
    editPost.edit(
        new CurrentMember(coordinatorId, Set.of(Roles.ADVISOR, Roles.COORDINATOR)),
        postId,
        new ForumDtos.EditPostRequest(
            version, body, null, null, null, null, null, null, null, null, null, null));
  }

  // ----------------------------------------------------------------

  private ForumStore.LockedTopic hideLocked(
      ForumStore.PostRow post, @Nullable String reason, @Nullable Long byId) {
    ForumStore.LockedTopic t = store.lockTopic(post.topicId());
    String kept = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
    posts.hide(post.id(), kept);
    feed.publish(new PostHidden(post.id(), t.id(), post.postNumber(), post.authorId(), byId, kept));
    removal.afterRemoval(t, post, byId);
    return t;
  }

  private ForumStore.PostRow lockedPost(long postId) {
    ForumStore.PostRow p =
        store.post(postId, false).orElseThrow(() -> ApiException.notFound("Post"));
    store.lockTopic(p.topicId());
    return store.post(postId, true).orElseThrow(() -> ApiException.notFound("Post"));
  }

  private long openingPostId(long topicId) {
    return topics.openingPostId(topicId).orElseThrow(() -> ApiException.notFound("Topic"));
  }

  private void record(
      long actor,
      String action,
      String type,
      long id,
      @Nullable String reason,
      @Nullable Map<String, Object> details) {
    audit.record(
        actor,
        action,
        type,
        id,
        reasonText(reason),
        details == null ? null : new LinkedHashMap<>(details));
  }

  /** A coordinator's reason as the audit log keeps it: stripped, blank as none. */
  static String reasonText(@Nullable String reason) {
    return reason == null || reason.isBlank() ? null : reason.strip();
  }
}
