package no.helsebro.platform.changes;

/**
 * A {@link ChangeListener} that keeps a cache on this node: it is given this node's own events the
 * moment their transaction commits ({@link #ownEventsAtCommit()}), so whoever asks this node next
 * reads fresh data. Its {@link #onChange} only forgets entries: idempotent, order-free work.
 */
public interface CacheListener extends ChangeListener {

  @Override
  default boolean ownEventsAtCommit() {
    return true;
  }
}
