package no.helsebro.platform.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * A read cache whose entries are valid while a generation number (bumped by every write that could
 * change them) is unchanged, and for a maximum age at most. A full cache is cleared, not evicted
 * piecemeal: entries are cheap to load again and the next write empties it anyway (docs/adr/0207).
 *
 * @param <K> the key
 * @param <V> the cached value
 */
public final class GenerationCache<K, V> {

  private record Entry<V>(long generation, long loadedAt, V value) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final int maxEntries;
  private final long maxAgeNanos;
  private final LongSupplier nanoTime;

  /**
   * @param maxEntries how many entries it holds before it is cleared
   * @param maxAgeNanos how long an entry may be served at most, whatever the generation
   */
  public GenerationCache(int maxEntries, long maxAgeNanos) {
    this(maxEntries, maxAgeNanos, System::nanoTime);
  }

  GenerationCache(int maxEntries, long maxAgeNanos, LongSupplier nanoTime) {
    this.maxEntries = maxEntries;
    this.maxAgeNanos = maxAgeNanos;
    this.nanoTime = nanoTime;
  }

  /**
   * The entry for {@code key} while it was read in {@code generation} and is young enough;
   * otherwise {@code load} reads it anew (given the generation) and it replaces the old entry. The
   * age counts from before the load, so a write during a slow load cannot stretch it.
   */
  public V get(K key, long generation, LongFunction<V> load) {
    Entry<V> entry = entries.get(key);
    if (entry == null
        || entry.generation() != generation
        || nanoTime.getAsLong() - entry.loadedAt() > maxAgeNanos) {
      long loadedAt = nanoTime.getAsLong();
      entry = new Entry<>(generation, loadedAt, load.apply(generation));
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
      entries.put(key, entry);
    }
    return entry.value();
  }

  /** How many entries it holds now. */
  public int size() {
    return entries.size();
  }
}
