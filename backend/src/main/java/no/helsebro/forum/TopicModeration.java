package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;

/**
 * Coordinators' switches on a whole topic (lock, pin, close, move), for {@link ForumModeration}:
 * each takes the topic's row lock, changes it only if it is not so already, and then writes the
 * audit entry and publishes {@link TopicChanged}. The caller's transaction holds them together.
 */
@Singleton
class TopicModeration {

  private final TopicRepository topics;
  private final CategoryRepository categories;
  private final ForumStore store;
  private final AuditLog audit;
  private final ChangeFeed feed;

  TopicModeration(
      TopicRepository topics,
      CategoryRepository categories,
      ForumStore store,
      AuditLog audit,
      ChangeFeed feed) {
    this.topics = topics;
    this.categories = categories;
    this.store = store;
    this.audit = audit;
    this.feed = feed;
  }

  /** A topic's on/off switches: the statement that sets one, its events and audit actions. */
  enum Switch {
    LOCKED(
        TopicRepository::lock,
        TopicChanged.Change.LOCKED,
        TopicChanged.Change.UNLOCKED,
        "topic.locked",
        "topic.unlocked"),
    PINNED(
        TopicRepository::pin,
        TopicChanged.Change.PINNED,
        TopicChanged.Change.UNPINNED,
        "topic.pinned",
        "topic.unpinned");

    private final Statement statement;
    private final TopicChanged.Change on;
    private final TopicChanged.Change off;
    private final String onAction;
    private final String offAction;

    Switch(
        Statement statement,
        TopicChanged.Change on,
        TopicChanged.Change off,
        String onAction,
        String offAction) {
      this.statement = statement;
      this.on = on;
      this.off = off;
      this.onAction = onAction;
      this.offAction = offAction;
    }

    /** Sets the switch unless it is so already; answers 1 if it changed the row. */
    @FunctionalInterface
    interface Statement {
      int set(TopicRepository topics, long topicId, boolean on);
    }
  }

  /** Turns a switch on or off (lock: no new replies from members; pin: top of its lists). */
  void set(Switch s, long actor, long topicId, boolean on, @Nullable String reason) {
    switchTopic(
        actor,
        topicId,
        () -> s.statement.set(topics, topicId, on),
        on ? s.on : s.off,
        on ? s.onAction : s.offAction,
        reason);
  }

  void close(long actor, long topicId, String reason) {
    switchTopic(
        actor,
        topicId,
        () -> topics.close(topicId, reason, ForumStore.now()),
        TopicChanged.Change.CLOSED,
        "topic.closed",
        reason);
  }

  void reopen(long actor, long topicId, @Nullable String reason) {
    switchTopic(
        actor,
        topicId,
        () -> topics.reopen(topicId),
        TopicChanged.Change.REOPENED,
        "topic.reopened",
        reason);
  }

  /** Locks the row, runs the change, and records it if it changed the row (answered 1). */
  private void switchTopic(
      long actor,
      long topicId,
      IntSupplier change,
      TopicChanged.Change what,
      String action,
      @Nullable String reason) {
    store.lockTopic(topicId);
    if (change.getAsInt() == 1) {
      changed(actor, topicId, what, action, reason, null);
    }
  }

  void move(long actor, long topicId, long categoryId, @Nullable String reason) {
    ForumStore.LockedTopic t = store.lockTopic(topicId);
    if (t.categoryId() == categoryId) {
      return;
    }
    if (!categories.existsByIdAndArchived(categoryId, false)) {
      throw ApiException.invalidField("categoryId", "validation", "unknown or archived category");
    }
    topics.moveTo(topicId, categoryId);
    if (t.visible()) {
      categories.countTopics(t.categoryId(), -1);
      categories.countTopics(categoryId, 1);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("fromCategoryId", t.categoryId());
    details.put("toCategoryId", categoryId);
    changed(actor, topicId, TopicChanged.Change.MOVED, "topic.moved", reason, details);
  }

  private void changed(
      long actor,
      long topicId,
      TopicChanged.Change change,
      String action,
      @Nullable String reason,
      @Nullable Map<String, Object> details) {
    audit.record(actor, action, "topic", topicId, ForumModeration.reasonText(reason), details);
    feed.publish(new TopicChanged(topicId, change, actor));
  }
}
