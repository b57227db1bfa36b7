package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
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

  void lock(long actor, long topicId, boolean on, @Nullable String reason) {
    store.lockTopic(topicId);
    if (topics.lock(topicId, on) == 1) {
      changed(
          actor,
          topicId,
          on ? TopicChanged.Change.LOCKED : TopicChanged.Change.UNLOCKED,
          on ? "topic.locked" : "topic.unlocked",
          reason,
          null);
    }
  }

  void pin(long actor, long topicId, boolean on, @Nullable String reason) {
    store.lockTopic(topicId);
    if (topics.pin(topicId, on) == 1) {
      changed(
          actor,
          topicId,
          on ? TopicChanged.Change.PINNED : TopicChanged.Change.UNPINNED,
          on ? "topic.pinned" : "topic.unpinned",
          reason,
          null);
    }
  }

  void close(long actor, long topicId, String reason) {
    store.lockTopic(topicId);
    if (topics.close(topicId, reason, ForumStore.now()) == 1) {
      changed(actor, topicId, TopicChanged.Change.CLOSED, "topic.closed", reason, null);
    }
  }

  void reopen(long actor, long topicId, @Nullable String reason) {
    store.lockTopic(topicId);
    if (topics.reopen(topicId) == 1) {
      changed(actor, topicId, TopicChanged.Change.REOPENED, "topic.reopened", reason, null);
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
