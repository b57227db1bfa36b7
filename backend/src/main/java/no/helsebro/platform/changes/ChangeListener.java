package no.helsebro.platform.changes;

import java.util.OptionalLong;
import java.util.Set;

/**
 * Something on this node that reacts to the change feed: a cache that clears, an index that
 * updates, live notifications. Every bean implementing it is called by the node's tailer once per
 * event, in feed order, on the tailer's thread: keep {@link #onChange} short, or hand the work on.
 * An exception is logged and does not stop the feed.
 */
public interface ChangeListener {

  /** The kinds of event this listener is given. */
  Set<Class<? extends FeedEvent>> events();

  /**
   * Called once per event of the kinds in {@link #events()}, in feed order (but see {@link
   * #ownEventsAtCommit()}).
   */
  void onChange(FeedEntry<? extends FeedEvent> entry);

  /**
   * Whether this node's own events are handed to this listener the moment their transaction
   * commits, on the committing thread, before the request that wrote them answers (the tailer then
   * skips them for this listener). For caches: whoever sends the next request to the node that made
   * a change gets fresh data, with no wait for the tailer; other nodes learn of it from their
   * tailers within a poll. Such a listener may be called from several threads at once, and may see
   * an own event before an earlier event of another node: keep it to idempotent, order-free work
   * such as forgetting cached entries.
   */
  default boolean ownEventsAtCommit() {
    return false;
  }

  /**
   * Where this listener resumes when the node starts: the position of the last event it has
   * handled, for listeners that keep state on disk (a search index). Empty (the default) for
   * in-memory state, which starts empty anyway: such a listener is given events written from the
   * node's start on.
   */
  default OptionalLong resumeAfter() {
    return OptionalLong.empty();
  }

  /**
   * Events this listener has not seen were pruned from the feed (it was away longer than the
   * retention): it rebuilds its state from the database. It is then given events from the feed's
   * current end on.
   */
  default void onMissedEvents() {}
}
