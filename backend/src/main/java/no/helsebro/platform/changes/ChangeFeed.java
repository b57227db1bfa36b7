package no.helsebro.platform.changes;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.helsebro.platform.database.JdbcQueries;

/**
 * Writes {@link FeedEvent}s to the change feed (docs/adr/0008). Inside a transaction the event is
 * written just before it commits, so it is in the feed exactly when the change is, and a rollback
 * writes nothing; outside one it is written at once. Every node's tailer then hands it to the
 * {@link ChangeListener}s of that node.
 */
@Singleton
public class ChangeFeed {

  private final JdbcQueries sql;
  private final TransactionOperations<Connection> tx;
  private final ObjectMapper json;
  private final FeedSignal signal;
  private final String nodeId;
  private final Map<Class<?>, String> types = new ConcurrentHashMap<>();
  private final ThreadLocal<Pending> pending = new ThreadLocal<>();
  private final ThreadLocal<Long> lastCommitted = new ThreadLocal<>();

  ChangeFeed(
      JdbcQueries sql, TransactionOperations<Connection> tx, ObjectMapper json, FeedSignal signal) {
    this.sql = sql;
    this.tx = tx;
    this.json = json;
    this.signal = signal;
    this.nodeId = nodeName();
  }

  /** Writes the event to the feed with the current transaction, or at once outside one. */
  public void publish(FeedEvent event) {
    Row row = new Row(typeOf(event.getClass()), event.subjectId(), encode(event));
    var status = tx.findTransactionStatus();
    if (status.isEmpty()) {
      long position = insert(row, ChangeFeed.now());
      lastCommitted.set(position);
      signal.raise();
      return;
    }
    Pending current = pending.get();
    if (current == null || current.status != status.get()) {
      current = new Pending(status.get());
      pending.set(current);
      status.get().registerSynchronization(current);
    }
    current.rows.add(row);
  }

  /**
   * The highest position this thread's last committed write put in the feed, if any, and forgets
   * it: the web layer uses it to let the writer see their own write on any node.
   */
  public OptionalLong takeLastCommittedPosition() {
    Long position = lastCommitted.get();
    lastCommitted.remove();
    return position == null ? OptionalLong.empty() : OptionalLong.of(position);
  }

  /** The name this node writes into the feed's {@code origin}: host, process and a random part. */
  public String nodeId() {
    return nodeId;
  }

  /** The position of the newest event in the feed, 0 when it has never had one. */
  public long head() {
    return sql.count("SELECT COALESCE(MAX(position), 0) FROM change_feed");
  }

  /** The stable name of an event class, from its {@link FeedType}. */
  public String typeOf(Class<?> eventClass) {
    return types.computeIfAbsent(
        eventClass,
        c -> {
          FeedType type = c.getAnnotation(FeedType.class);
          if (type == null) {
            throw new IllegalArgumentException(c.getName() + " has no @FeedType");
          }
          return type.value();
        });
  }

  private String encode(FeedEvent event) {
    try {
      return json.writeValueAsString(event);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode " + event.getClass().getName(), e);
    }
  }

  private long insert(Row row, Instant at) {
    return sql.insert(
        "INSERT INTO change_feed (type, subject_id, payload, origin, created_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        row.type(),
        row.subjectId(),
        row.payload(),
        nodeId,
        at);
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "host";
    }
    String name =
        host
            + "/"
            + ManagementFactory.getRuntimeMXBean().getPid()
            + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 64 ? name.substring(name.length() - 64) : name;
  }

  private record Row(String type, Long subjectId, String payload) {}

  /** The events of one transaction, written just before it commits. */
  private final class Pending implements TransactionSynchronization {
    private final Object status;
    private final List<Row> rows = new ArrayList<>();
    private long highest;

    Pending(Object status) {
      this.status = status;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      Instant at = ChangeFeed.now();
      for (Row row : rows) {
        highest = Math.max(highest, insert(row, at));
      }
    }

    @Override
    public void afterCompletion(Status completion) {
      if (pending.get() == this) {
        pending.remove();
      }
      if (completion == Status.COMMITTED && highest > 0) {
        lastCommitted.set(highest);
        signal.raise();
      }
    }
  }
}
