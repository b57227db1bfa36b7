package no.helsebro.forum;

import io.micronaut.context.event.ApplicationEventPublisher;
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
import no.helsebro.platform.database.JdbcQueries;
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

  private final JdbcQueries db;
  private final ForumStore store;
  private final EditPost editPost;
  private final PostRemoval removal;
  private final MergeTopics merge;
  private final AuditLog audit;
  private final ApplicationEventPublisher<PostRestored> restored;
  private final RateLimiter trust;
  private final ChangeFeed feed;
  private final AuthorNames names;

  ForumModeration(
      JdbcQueries db,
      ForumStore store,
      EditPost editPost,
      PostRemoval removal,
      MergeTopics merge,
      AuditLog audit,
      RateLimiter trust,
      ApplicationEventPublisher<PostRestored> restored,
      ChangeFeed feed,
      AuthorNames names) {
    this.db = db;
    this.feed = feed;
    this.names = names;
    this.restored = restored;
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
    List<ModeratedPost> rows =
        db.list(
            "SELECT p.id, p.topic_id, t.title, p.post_number, p.author_id,"
                + " LEFT(p.body_md, 400) AS excerpt, p.created_at, p.hidden, p.deleted, p.version,"
                + " t.visible, t.locked, t.closed_at IS NOT NULL AS closed, t.merged_into_id"
                + " FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id"
                + " WHERE p.id IN ("
                + JdbcQueries.marks(postIds.size())
                + ")",
            rs ->
                new ModeratedPost(
                    rs.getLong("id"),
                    rs.getLong("topic_id"),
                    rs.getString("title"),
                    rs.getInt("post_number"),
                    JdbcQueries.nullableLong(rs, "author_id"),
                    null,
                    rs.getString("excerpt"),
                    JdbcQueries.instant(rs, "created_at"),
                    rs.getBoolean("hidden"),
                    rs.getBoolean("deleted"),
                    rs.getInt("version"),
                    rs.getBoolean("visible"),
                    rs.getBoolean("locked"),
                    rs.getBoolean("closed"),
                    JdbcQueries.nullableLong(rs, "merged_into_id")),
            JdbcQueries.params(postIds));
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
    db.update(
        "UPDATE forum_posts SET hidden = FALSE, deleted = FALSE, hidden_reason = NULL WHERE id = ?",
        postId);
    if (post.postNumber() == 1) {
      if (store.refreshVisibility(t.id())) {
        feed.publish(new TopicChanged(t.id(), TopicChanged.Change.RESTORED, coordinatorId));
      }
    } else {
      db.update(
          "UPDATE forum_topics SET reply_count = reply_count + 1,"
              + " answer_count = answer_count + ? WHERE id = ?",
          Answers.count(t.authorId(), post.authorId()),
          t.id());
    }
    record(
        coordinatorId,
        "post.restored",
        "post",
        postId,
        reason,
        Map.of("topicId", t.id(), "postNumber", post.postNumber(), "wasDeleted", post.deleted()));
    PostRestored event =
        new PostRestored(postId, coordinatorId, reason, t.id(), post.postNumber(), post.authorId());
    restored.publishEvent(event);
    feed.publish(event);
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
    flag(
        coordinatorId, topicId, "locked", true, "topic.locked", TopicChanged.Change.LOCKED, reason);
  }

  @Transactional
  public void unlockTopic(long coordinatorId, long topicId, @Nullable String reason) {
    flag(
        coordinatorId,
        topicId,
        "locked",
        false,
        "topic.unlocked",
        TopicChanged.Change.UNLOCKED,
        reason);
  }

  /** Keeps the topic at the top of its category's lists. */
  @Transactional
  public void pinTopic(long coordinatorId, long topicId, @Nullable String reason) {
    flag(
        coordinatorId, topicId, "pinned", true, "topic.pinned", TopicChanged.Change.PINNED, reason);
  }

  @Transactional
  public void unpinTopic(long coordinatorId, long topicId, @Nullable String reason) {
    flag(
        coordinatorId,
        topicId,
        "pinned",
        false,
        "topic.unpinned",
        TopicChanged.Change.UNPINNED,
        reason);
  }

  /** Closes a topic with a reason shown on it; closed topics take no new replies from members. */
  @Transactional
  public void closeTopic(long coordinatorId, long topicId, String reason) {
    store.lockTopic(topicId);
    if (db.update(
            "UPDATE forum_topics SET closed_reason = ?, closed_at = ? WHERE id = ? AND closed_at IS NULL",
            reason,
            ForumStore.now(),
            topicId)
        == 1) {
      record(coordinatorId, "topic.closed", "topic", topicId, reason, null);
      feed.publish(new TopicChanged(topicId, TopicChanged.Change.CLOSED, coordinatorId));
    }
  }

  @Transactional
  public void reopenTopic(long coordinatorId, long topicId, @Nullable String reason) {
    store.lockTopic(topicId);
    if (db.update(
            "UPDATE forum_topics SET closed_reason = NULL, closed_at = NULL WHERE id = ? AND closed_at IS NOT NULL",
            topicId)
        == 1) {
      record(coordinatorId, "topic.reopened", "topic", topicId, reason, null);
      feed.publish(new TopicChanged(topicId, TopicChanged.Change.REOPENED, coordinatorId));
    }
  }

  /** Moves a topic to another (not archived) category. */
  @Transactional
  public void moveTopic(
      long coordinatorId, long topicId, long categoryId, @Nullable String reason) {
    ForumStore.LockedTopic t = store.lockTopic(topicId);
    if (t.categoryId() == categoryId) {
      return;
    }
    boolean exists =
        db.count(
                "SELECT COUNT(*) FROM forum_categories WHERE id = ? AND archived = FALSE",
                categoryId)
            == 1;
    if (!exists) {
      throw ApiException.invalidField("categoryId", "validation", "unknown or archived category");
    }
    db.update("UPDATE forum_topics SET category_id = ? WHERE id = ?", categoryId, topicId);
    if (t.visible()) {
      db.update(
          "UPDATE forum_categories SET topic_count = topic_count - 1 WHERE id = ?", t.categoryId());
      db.update(
          "UPDATE forum_categories SET topic_count = topic_count + 1 WHERE id = ?", categoryId);
    }
    record(
        coordinatorId,
        "topic.moved",
        "topic",
        topicId,
        reason,
        Map.of("fromCategoryId", t.categoryId(), "toCategoryId", categoryId));
    feed.publish(new TopicChanged(topicId, TopicChanged.Change.MOVED, coordinatorId));
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
    db.update(
        "UPDATE forum_posts SET hidden = TRUE, hidden_reason = ? WHERE id = ?", kept, post.id());
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
    return db.one(
            "SELECT id FROM forum_posts WHERE topic_id = ? AND post_number = 1",
            rs -> rs.getLong(1),
            topicId)
        .orElseThrow(() -> ApiException.notFound("Topic"));
  }

  private void flag(
      long actor,
      long topicId,
      String column,
      boolean value,
      String action,
      TopicChanged.Change change,
      String reason) {
    store.lockTopic(topicId);
    // column is one of our constants.
    if (db.update(
            "UPDATE forum_topics SET " + column + " = ? WHERE id = ? AND " + column + " <> ?",
            value,
            topicId,
            value)
        == 1) {
      record(actor, action, "topic", topicId, reason, null);
      feed.publish(new TopicChanged(topicId, change, actor));
    }
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
