package no.helsebro.accounts;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import no.helsebro.platform.changes.CacheListener;
import no.helsebro.platform.changes.FeedEntry;
import no.helsebro.platform.changes.FeedEvent;

/**
 * Member states for the check on every authenticated request (docs/adr/0102), cached so the check
 * costs one primary-key read per member every {@link #TTL_NANOS} at most. Every change the check
 * depends on is a change feed event about the member; it forgets the member's entry on the node
 * that made the change when the change commits, and on every other node when its tailer reads it
 * (within a poll, 250 ms). The lifetime is only a safety net for changes made without an event.
 */
@Singleton
class MemberAccessStates implements CacheListener {

  private static final Set<Class<? extends FeedEvent>> EVENTS =
      Set.of(
          MemberActivated.class,
          ApprovalRequested.class,
          MemberSuspended.class,
          MemberDeleted.class,
          MemberAccessChanged.class);

  static final long TTL_NANOS = 5_000_000_000L;
  private static final int MAX_ENTRIES = 50_000;

  private record Entry(Optional<MemberAccessState> state, long loadedAt) {}

  private final MemberRepository members;
  private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

  /** Raised by every invalidation, so a load that overlapped one is not kept. */
  private final AtomicLong invalidations = new AtomicLong();

  MemberAccessStates(MemberRepository members) {
    this.members = members;
  }

  Optional<MemberAccessState> get(long memberId) {
    long now = System.nanoTime();
    Entry entry = cache.get(memberId);
    if (entry != null && now - entry.loadedAt() < TTL_NANOS) {
      return entry.state();
    }
    long before = invalidations.get();
    Optional<MemberAccessState> state = load(memberId);
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(memberId, new Entry(state, now));
    if (invalidations.get() != before) {
      // A change committed while this was read: what was read may be from before it.
      cache.remove(memberId);
    }
    return state;
  }

  void invalidate(long memberId) {
    invalidations.incrementAndGet();
    cache.remove(memberId);
  }

  @Override
  public Set<Class<? extends FeedEvent>> events() {
    return EVENTS;
  }

  @Override
  public void onChange(FeedEntry<? extends FeedEvent> entry) {
    Long memberId = entry.event().subjectId();
    if (memberId != null) {
      invalidate(memberId);
    }
  }

  private Optional<MemberAccessState> load(long memberId) {
    return members.findAccessState(memberId);
  }
}
