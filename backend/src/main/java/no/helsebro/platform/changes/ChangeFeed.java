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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
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
  private final List<Consumer<List<FeedEntry<FeedEvent>>>> commitHooks =
      new CopyOnWriteArrayList<>();

  ChangeFeed(
      JdbcQueries sql, TransactionOperations<Connection> tx, ObjectMapper json, FeedSignal signal) {
    this.sql = sql;
    this.tx = tx;
    this.json = json;
    this.signal = signal;
    this.nodeId = nodeName();
  }

  /**
   * Writes the event to the feed with the current transaction, or at once outside one. The events
   * of one transaction (also of nested ones that join it) are written by one INSERT just before it
   * commits.
   */
  public void publish(FeedEvent event) {
    Row row = new Row(typeOf(event.getClass()), event.subjectId(), encode(event), event);
    var status = tx.findTransactionStatus();
    if (status.isEmpty()) {
      Instant at = ChangeFeed.now();
      List<Long> positions = insert(List.of(row), at);
      committed(List.of(row), positions, at);
      return;
    }
    Object connection = status.get().getConnection();
    Pending current = pending.get();
    if (current == null || current.connection != connection || current.done) {
      current = new Pending(connection);
      pending.set(current);
      status.get().registerSynchronization(current);
    }
    current.rows.add(row);
  }

  /**
   * Runs {@code hook} on the committing thread with this node's events of every transaction that
   * commits, in the order published: the tailer hands them to listeners that want them at once
   * ({@link ChangeListener#ownEventsAtCommit()}), the web layer remembers the position for the
   * writer's next request. A hook must be quick and must not throw.
   */
  void onCommit(Consumer<List<FeedEntry<FeedEvent>>> hook) {
    commitHooks.add(hook);
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
    // Hand-written SQL: an aggregate (the feed's head), read by every tailer and writer (ADR 0010).
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

  /** Inserts the rows with one statement; answers their positions, in the order given. */
  private List<Long> insert(List<Row> rows, Instant at) {
    Object[] params = new Object[rows.size() * 5];
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      values.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
      params[i * 5] = row.type();
      params[i * 5 + 1] = row.subjectId();
      params[i * 5 + 2] = row.payload();
      params[i * 5 + 3] = nodeId;
      params[i * 5 + 4] = at;
    }
    // Hand-written SQL: one multi-row INSERT ... RETURNING for a transaction's events (MariaDB).
    return sql.list(
        "INSERT INTO change_feed (type, subject_id, payload, origin, created_at) VALUES "
            + values
            + " RETURNING position",
        rs -> rs.getLong(1),
        params);
  }

  private void committed(List<Row> rows, List<Long> positions, Instant at) {
    long highest = positions.get(positions.size() - 1);
    lastCommitted.set(highest);
    signal.raise();
    if (commitHooks.isEmpty()) {
      return;
    }
    List<FeedEntry<FeedEvent>> entries = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      entries.add(
          new FeedEntry<>(positions.get(i), rows.get(i).type(), rows.get(i).event(), nodeId, at));
    }
    List<FeedEntry<FeedEvent>> all = List.copyOf(entries);
    for (Consumer<List<FeedEntry<FeedEvent>>> hook : commitHooks) {
      hook.accept(all);
    }
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

  private record Row(String type, Long subjectId, String payload, FeedEvent event) {}

  /**
   * The events of one transaction (its connection), written just before it commits. A transaction
   * that joins it ({@code REQUIRED}) publishes into the same one.
   */
  private final class Pending implements TransactionSynchronization {
    private final Object connection;
    private final List<Row> rows = new ArrayList<>();
    private List<Long> positions = List.of();
    private Instant at;
    private boolean done;

    Pending(Object connection) {
      this.connection = connection;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      done = true;
      at = ChangeFeed.now();
      positions = insert(rows, at);
    }

    @Override
    public void afterCompletion(Status completion) {
      done = true;
      if (pending.get() == this) {
        pending.remove();
      }
      if (completion == Status.COMMITTED && !positions.isEmpty()) {
        committed(rows, positions, at);
      }
    }
  }
}
