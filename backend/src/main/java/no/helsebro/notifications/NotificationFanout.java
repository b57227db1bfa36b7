package no.helsebro.notifications;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.changes.ChangeListener;
import no.helsebro.platform.changes.FeedEntry;
import no.helsebro.platform.changes.FeedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns events of the change feed into notifications (docs/adr/0500). The node that wrote an event
 * makes its notifications (so each event is handled once, not once per node), on a thread of its
 * own so the feed's tailer never waits for it; events are handled in feed order.
 */
@Singleton
@Requires(property = "helsebro.notifications.enabled", notEquals = "false")
class NotificationFanout implements ChangeListener {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationFanout.class);

  private final Recipients recipients;
  private final NotificationWriter writer;
  private final String nodeId;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "notification-fanout");
            t.setDaemon(true);
            return t;
          });

  NotificationFanout(Recipients recipients, NotificationWriter writer, ChangeFeed feed) {
    this.recipients = recipients;
    this.writer = writer;
    this.nodeId = feed.nodeId();
  }

  @Override
  public Set<Class<? extends FeedEvent>> events() {
    return Recipients.EVENTS;
  }

  @Override
  public void onChange(FeedEntry<? extends FeedEvent> entry) {
    if (!nodeId.equals(entry.origin())) {
      return;
    }
    worker.execute(() -> handle(entry));
  }

  void handle(FeedEntry<? extends FeedEvent> entry) {
    try {
      List<Candidate> candidates = recipients.of(entry);
      if (!candidates.isEmpty()) {
        writer.write(candidates);
      }
    } catch (RuntimeException e) {
      LOG.error("Notifications for feed event {} ({}) failed", entry.position(), entry.type(), e);
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    worker.shutdown();
    worker.awaitTermination(5, TimeUnit.SECONDS);
  }
}
