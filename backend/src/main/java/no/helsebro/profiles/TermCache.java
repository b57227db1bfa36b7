package no.helsebro.profiles;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import no.helsebro.platform.changes.CacheListener;
import no.helsebro.platform.changes.FeedEntry;
import no.helsebro.platform.changes.FeedEvent;

/**
 * Every taxonomy term by id, kept in memory: terms are read on every profile and directory page and
 * change rarely. A {@link TaxonomyChanged} event forgets them, on the node that made the change
 * when it commits and on the others when their tailers read it; the minute's lifetime is a safety
 * net for changes made without an event.
 */
@Singleton
class TermCache implements CacheListener {

  private static final long MAX_AGE_NANOS = 60_000_000_000L;

  private record Snapshot(Map<Long, TaxonomyTerm> byId, long generation, long loadedAt) {}

  private final TaxonomyRepository terms;
  private final AtomicLong generation = new AtomicLong();
  private volatile Snapshot snapshot;

  TermCache(TaxonomyRepository terms) {
    this.terms = terms;
  }

  /** Grows by one with every {@link TaxonomyChanged}: a copy stamped with an older one is stale. */
  long generation() {
    return generation.get();
  }

  Map<Long, TaxonomyTerm> all() {
    Snapshot s = snapshot;
    long current = generation.get();
    if (s == null || s.generation != current || System.nanoTime() - s.loadedAt > MAX_AGE_NANOS) {
      Map<Long, TaxonomyTerm> fresh = new LinkedHashMap<>();
      terms.findAll().forEach(t -> fresh.put(t.id(), t));
      // Stamped with the generation from before the read: a change that commits meanwhile makes
      // this snapshot stale at once.
      s = new Snapshot(Map.copyOf(fresh), current, System.nanoTime());
      snapshot = s;
    }
    return s.byId;
  }

  @Override
  public Set<Class<? extends FeedEvent>> events() {
    return Set.of(TaxonomyChanged.class);
  }

  @Override
  public void onChange(FeedEntry<? extends FeedEvent> entry) {
    generation.incrementAndGet();
  }
}
