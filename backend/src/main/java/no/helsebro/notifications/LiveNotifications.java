package no.helsebro.notifications;

import io.micronaut.http.sse.Event;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import no.helsebro.platform.changes.ChangeListener;
import no.helsebro.platform.changes.FeedEntry;
import no.helsebro.platform.changes.FeedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The open pages connected to this node (docs/adr/0501). Every node tails the change feed; on
 * {@link NotificationsCreated} it reads, for each member with a page open here, the rows after the
 * last one that page was sent, and pushes them. Catch-up on connect uses the same step, so a row is
 * sent once per page and none is skipped, whichever comes first.
 */
@Singleton
class LiveNotifications implements ChangeListener {

  private static final Logger LOG = LoggerFactory.getLogger(LiveNotifications.class);
  private static final Duration HEARTBEAT = Duration.ofSeconds(25);
  private static final int BATCH = 50;

  private final NotificationReader reader;
  private final Map<Long, List<Connection>> byMember = new ConcurrentHashMap<>();
  private final AtomicInteger open = new AtomicInteger();
  private final ExecutorService pusher =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "notification-live");
            t.setDaemon(true);
            return t;
          });

  LiveNotifications(NotificationReader reader) {
    this.reader = reader;
  }

  @Override
  public Set<Class<? extends FeedEvent>> events() {
    return Set.of(NotificationsCreated.class);
  }

  @Override
  public void onChange(FeedEntry<? extends FeedEvent> entry) {
    List<Long> members = ((NotificationsCreated) entry.event()).memberIds();
    for (Long member : members) {
      List<Connection> connections = byMember.get(member);
      if (connections != null && !connections.isEmpty()) {
        pusher.execute(() -> connections.forEach(Connection::pushNew));
      }
    }
  }

  /** How many pages are connected to this node. */
  int openConnections() {
    return open.get();
  }

  /**
   * Opens a stream for a member's page that has seen notifications up to {@code afterId} (0: none
   * yet, the page starts from now; use the newest id).
   */
  Flux<Event<?>> open(long memberId, long afterId) {
    Connection c = new Connection(memberId, afterId);
    byMember.computeIfAbsent(memberId, k -> new CopyOnWriteArrayList<>()).add(c);
    open.incrementAndGet();
    c.pushNew();
    Flux<Event<?>> heartbeat =
        Flux.interval(HEARTBEAT).map(i -> Event.of((Object) Map.of()).name("heartbeat"));
    // A first event at once: the response (and its headers) reaches the page now, not with the
    // first notification or heartbeat.
    Flux<Event<?>> ready = Flux.just(Event.of((Object) Map.of()).name("ready"));
    return Flux.concat(ready, Flux.merge(c.sink.asFlux(), heartbeat))
        .doFinally(
            signal -> {
              List<Connection> list = byMember.get(memberId);
              if (list != null) {
                list.remove(c);
                if (list.isEmpty()) {
                  byMember.remove(memberId, list);
                }
              }
              open.decrementAndGet();
            });
  }

  @PreDestroy
  void stop() {
    pusher.shutdownNow();
    byMember.values().forEach(list -> list.forEach(c -> c.sink.tryEmitComplete()));
  }

  private final class Connection {
    private final long memberId;
    private long lastSent;
    private final Sinks.Many<Event<?>> sink = Sinks.many().unicast().onBackpressureBuffer();

    Connection(long memberId, long lastSent) {
      this.memberId = memberId;
      this.lastSent = lastSent;
    }

    synchronized void pushNew() {
      try {
        List<NotificationView> rows;
        do {
          rows = reader.after(memberId, lastSent, BATCH);
          for (NotificationView v : rows) {
            sink.tryEmitNext(Event.of((Object) v).name("notification").id(Long.toString(v.id())));
            lastSent = v.id();
          }
        } while (rows.size() == BATCH);
      } catch (RuntimeException e) {
        LOG.warn("Live notifications for member {} failed: {}", memberId, e.getMessage());
      }
    }
  }
}
