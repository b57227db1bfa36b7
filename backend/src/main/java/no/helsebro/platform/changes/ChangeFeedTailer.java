// Over 400 lines: tailing, hole detection (ADR 0019) and delivery share one cursor and lock.
package no.helsebro.platform.changes;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.jobs.NodeLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads this node's change feed: every {@link #poll} reads the rows after the last position it
 * handled (an indexed range read) and hands each to the {@link ChangeListener}s that want it, in
 * position order, once (docs/adr/0008).
 *
 * <p>Positions come from AUTO_INCREMENT, taken when a row is inserted just before its transaction
 * commits: a position can become visible shortly after a higher one. A hole therefore holds back
 * the rows after it for up to {@code gap-wait}; after that they are handed on and the hole is
 * looked for during {@code late-window}, handed on late if it turns up (a transaction that took
 * very long to commit), or forgotten (a transaction that rolled back).
 *
 * <p>A hole only holds back the rows read together with it once: rows read in the same poll wait
 * for it together, not one gap-wait each (on a busy feed with holes, waiting per row built a
 * backlog of seconds). On Galera (wsrep_auto_increment_control) a writer hands out every {@code
 * auto_increment_increment}-th position; the positions between belong to the other database nodes,
 * which have no writer (docs/adr/0014), so only positions in the next row's own step are holes
 * worth waiting for (docs/adr/0019).
 *
 * <p>Listeners that want this node's own events at once ({@link
 * ChangeListener#ownEventsAtCommit()}) get them from {@link ChangeFeed} on the committing thread,
 * and from here only the other nodes' events.
 */
@Singleton
public class ChangeFeedTailer {

  private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedTailer.class);

  /** Holes larger than this are not remembered one by one (a jump in the sequence, not commits). */
  private static final int MAX_TRACKED_HOLE = 1000;

  /** Clocks of nodes may differ this much; a hole older than this plus gap-wait is final. */
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  /** How long a stop waits for the listener being called to return. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(10);

  /** What {@link Row#of} reads, with the step of the positions this connection hands out. */
  private static final String ROWS =
      "SELECT position, type, payload, origin, created_at, @@auto_increment_increment AS step"
          + " FROM change_feed";

  private final JdbcQueries sql;
  private final ObjectMapper json;
  private final ChangeFeedConfig config;
  private final FeedSignal signal;
  private final ChangeFeed feed;
  private final List<ChangeListener> listeners;
  private final Map<String, List<ChangeListener>> atCommit;
  private final List<Subscription> subscriptions = new ArrayList<>();
  private final Map<Long, Instant> late = new TreeMap<>();
  private final AtomicLong polls = new AtomicLong();
  private final AtomicLong delivered = new AtomicLong();
  private final Object progress = new Object();
  private final ConcurrentSkipListMap<Long, List<CompletableFuture<Boolean>>> waiting =
      new ConcurrentSkipListMap<>();

  private volatile long cursor = -1;

  /**
   * When each row not yet handed on was first read (rows read together wait for a hole together).
   */
  private final Map<Long, Instant> firstRead = new HashMap<>();

  /** The step of the positions this node's database connection hands out (Galera: cluster size). */
  private long step = 1;

  private final AtomicLong holdBacks = new AtomicLong();
  private final NodeLoop loop;

  ChangeFeedTailer(
      JdbcQueries sql,
      ObjectMapper json,
      ChangeFeedConfig config,
      FeedSignal signal,
      ChangeFeed feed,
      List<ChangeListener> listeners) {
    this.sql = sql;
    this.json = json;
    this.config = config;
    this.signal = signal;
    this.feed = feed;
    this.listeners = listeners;
    this.loop = new NodeLoop("change-feed-tailer", this::run, signal::raise);
    Map<String, List<ChangeListener>> byType = new HashMap<>();
    for (ChangeListener listener : listeners) {
      if (listener.ownEventsAtCommit()) {
        for (String type : wanted(listener).keySet()) {
          byType.computeIfAbsent(type, t -> new ArrayList<>()).add(listener);
        }
      }
    }
    this.atCommit = Map.copyOf(byType);
    if (!atCommit.isEmpty()) {
      feed.onCommit(this::deliverOwn);
    }
  }

  /** This node's events, just committed: to the listeners that want them at once. */
  private void deliverOwn(List<FeedEntry<FeedEvent>> entries) {
    for (FeedEntry<FeedEvent> entry : entries) {
      for (ChangeListener listener : atCommit.getOrDefault(entry.type(), List.of())) {
        try {
          listener.onChange(entry);
          delivered.incrementAndGet();
        } catch (RuntimeException e) {
          LOG.error(
              "{} failed on this node's change feed event {} ({})",
              listener.getClass().getSimpleName(),
              entry.position(),
              entry.type(),
              e);
        }
      }
    }
  }

  @EventListener
  void onStartup(StartupEvent event) {
    start();
  }

  @EventListener
  void onShutdown(ShutdownEvent event) {
    stop();
  }

  /** Starts tailing from the feed's current end (and from where durable listeners left off). */
  void start() {
    loop.start();
  }

  /** Ends tailing once the listener being called returns; never interrupts it (docs/adr/0451). */
  @PreDestroy
  void stop() {
    loop.stop(STOP_WAIT);
  }

  /** The last position this node has handled (all positions up to it, but for late ones). */
  public long position() {
    return cursor;
  }

  /**
   * Waits until this node has handled the feed up to {@code position}, reading it at once; answers
   * whether it got there within {@code max}.
   */
  public boolean awaitPosition(long position, Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    synchronized (progress) {
      while (cursor < position) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        signal.raise();
        try {
          progress.wait(Math.max(1, Math.min(left / 1_000_000, 50)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Completes with true once this node has handled the feed up to {@code position}, or with false
   * after {@code max}; reads the feed at once. Never blocks the caller (for the web layer,
   * docs/adr/0010).
   */
  public CompletableFuture<Boolean> reached(long position, Duration max) {
    if (cursor >= position) {
      return CompletableFuture.completedFuture(true);
    }
    CompletableFuture<Boolean> done = new CompletableFuture<>();
    waiting.computeIfAbsent(position, p -> new CopyOnWriteArrayList<>()).add(done);
    // The cursor may have passed the position while the waiter was added.
    if (cursor >= position) {
      done.complete(true);
    }
    signal.raise();
    return done.completeOnTimeout(false, max.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Reads of the feed and events handed on since start, for measurements. */
  public long polls() {
    return polls.get();
  }

  public long delivered() {
    return delivered.get();
  }

  /** How many times a row was held back for a hole before it, for tests and measurements. */
  public long holdBacks() {
    return holdBacks.get();
  }

  private void run() {
    long failures = 0;
    while (loop.running()) {
      try {
        loop.clearStrayInterrupt();
        if (cursor < 0) {
          subscribe();
        }
        int read = poll();
        failures = 0;
        if (read >= config.getBatchSize()) {
          continue;
        }
        if (signal.await(config.getPollInterval().toMillis())) {
          loop.pause(config.getMinPollInterval().toMillis());
        }
      } catch (InterruptedException e) {
        // Nothing here interrupts the tailer; an interrupt from elsewhere must not end it.
        LOG.warn("The change feed tailer was interrupted; ignored (it ends when stopped)");
      } catch (RuntimeException e) {
        failures++;
        if (failures == 1 || failures % 100 == 0) {
          LOG.warn(
              "Reading the change feed failed ({} times in a row): {}", failures, e.toString());
        }
        loop.pause(Math.min(5000, 250 * failures));
      }
    }
  }

  /** Decides where each listener starts: the feed's end, or where a durable one left off. */
  private void subscribe() {
    long head = feed.head();
    // Hand-written SQL: an aggregate (the oldest position the pruner left).
    long oldest =
        sql.count("SELECT COALESCE(MIN(position), 0) FROM change_feed WHERE position <= ?", head);
    subscriptions.clear();
    long start = head;
    for (ChangeListener listener : listeners) {
      long after = head;
      var resume = listener.resumeAfter();
      if (resume.isPresent() && resume.getAsLong() < head) {
        if (resume.getAsLong() + 1 < oldest || resume.getAsLong() < 0) {
          LOG.info(
              "{} missed events pruned from the change feed; it rebuilds",
              listener.getClass().getSimpleName());
          listener.onMissedEvents();
        } else {
          after = resume.getAsLong();
        }
      }
      start = Math.min(start, after);
      subscriptions.add(new Subscription(listener, after, wanted(listener)));
    }
    setCursor(start);
    LOG.debug("Change feed tailer of {} starts after position {}", feed.nodeId(), start);
  }

  /** Reads and hands on what is new; answers how many rows were read. */
  int poll() {
    polls.incrementAndGet();
    // Hand-written SQL: the tail read every 250 ms on every node, one indexed range (ADR 0010).
    List<Row> rows =
        sql.list(
            ROWS + " WHERE position > ? ORDER BY position LIMIT ?",
            Row::of,
            cursor,
            config.getBatchSize());
    Instant now = Instant.now();
    if (!rows.isEmpty()) {
      step = Math.max(1, rows.get(0).step());
    }
    firstRead.keySet().removeIf(position -> position <= cursor);
    for (Row row : rows) {
      firstRead.putIfAbsent(row.position(), now);
    }
    for (Row row : rows) {
      if (hasHoleBefore(row) && !holeIsFinal(row, now)) {
        holdBacks.incrementAndGet();
        break;
      }
      rememberHole(row.position(), now);
      firstRead.remove(row.position());
      deliver(row, false);
      setCursor(row.position());
    }
    lookForLateRows(now);
    return rows.size();
  }

  /**
   * Whether a position that could still commit lies between the cursor and this row: one in the
   * row's own step (its writer's), or any position when positions come one by one.
   */
  private boolean hasHoleBefore(Row row) {
    long gap = row.position() - cursor - 1;
    if (gap <= 0) {
      return false;
    }
    return step == 1 || gap >= step;
  }

  private boolean holeIsFinal(Row next, Instant now) {
    Duration gapWait = config.getGapWait();
    Instant seen = firstRead.getOrDefault(next.position(), now);
    return !seen.plus(gapWait).isAfter(now)
        || next.createdAt().plus(gapWait).plus(CLOCK_SKEW).isBefore(now);
  }

  private void rememberHole(long next, Instant now) {
    long missing = next - cursor - 1;
    if (missing <= 0) {
      return;
    }
    if (missing > MAX_TRACKED_HOLE) {
      LOG.debug("Change feed jumped from {} to {}", cursor, next);
      return;
    }
    Instant until = now.plus(config.getLateWindow());
    for (long p = next - step; p > cursor; p -= step) {
      late.put(p, until);
    }
  }

  private void lookForLateRows(Instant now) {
    late.values().removeIf(until -> until.isBefore(now));
    if (late.isEmpty()) {
      return;
    }
    List<Long> positions = new ArrayList<>(late.keySet());
    // Hand-written SQL: a read of a run-time list of late positions (IN of any size).
    List<Row> found =
        sql.list(
            ROWS
                + " WHERE position IN ("
                + JdbcQueries.marks(positions.size())
                + ") ORDER BY position",
            Row::of,
            positions.toArray());
    for (Row row : found) {
      LOG.debug("Change feed position {} committed late", row.position());
      late.remove(row.position());
      deliver(row, true);
    }
  }

  private void deliver(Row row, boolean late) {
    Map<Class<?>, FeedEvent> decoded = new HashMap<>(2);
    for (Subscription s : subscriptions) {
      if (late ? s.startedAfter >= row.position() : s.after >= row.position()) {
        continue;
      }
      if (!late) {
        s.after = row.position();
      }
      Class<? extends FeedEvent> type = s.wanted.get(row.type());
      if (type == null || (s.atCommit && feed.nodeId().equals(row.origin()))) {
        continue;
      }
      FeedEvent event = decoded.computeIfAbsent(type, t -> decode(row, type));
      if (event == null) {
        continue;
      }
      try {
        s.listener.onChange(
            new FeedEntry<>(row.position(), row.type(), event, row.origin(), row.createdAt()));
        delivered.incrementAndGet();
      } catch (RuntimeException e) {
        LOG.error(
            "{} failed on change feed event {} ({})",
            s.listener.getClass().getSimpleName(),
            row.position(),
            row.type(),
            e);
      }
    }
  }

  private FeedEvent decode(Row row, Class<? extends FeedEvent> type) {
    try {
      return json.readValue(row.payload(), type);
    } catch (IOException | RuntimeException e) {
      LOG.error("Change feed event {} ({}) cannot be read", row.position(), row.type(), e);
      return null;
    }
  }

  private void setCursor(long position) {
    synchronized (progress) {
      cursor = position;
      progress.notifyAll();
    }
    if (!waiting.isEmpty()) {
      var reached = waiting.headMap(position, true);
      reached.values().forEach(list -> list.forEach(w -> w.complete(true)));
      reached.clear();
    }
  }

  private Map<String, Class<? extends FeedEvent>> wanted(ChangeListener listener) {
    Map<String, Class<? extends FeedEvent>> byType = new HashMap<>();
    for (Class<? extends FeedEvent> type : listener.events()) {
      byType.put(feed.typeOf(type), type);
    }
    return byType;
  }

  private static final class Subscription {
    final ChangeListener listener;
    final long startedAfter;
    final Map<String, Class<? extends FeedEvent>> wanted;
    final boolean atCommit;
    long after;

    Subscription(
        ChangeListener listener, long after, Map<String, Class<? extends FeedEvent>> wanted) {
      this.listener = listener;
      this.startedAfter = after;
      this.after = after;
      this.wanted = wanted;
      this.atCommit = listener.ownEventsAtCommit();
    }
  }

  private record Row(
      long position, String type, String payload, String origin, Instant createdAt, long step) {
    static Row of(java.sql.ResultSet rs) throws java.sql.SQLException {
      return new Row(
          rs.getLong("position"),
          rs.getString("type"),
          rs.getString("payload"),
          rs.getString("origin"),
          JdbcQueries.instant(rs, "created_at"),
          rs.getLong("step"));
    }
  }
}
