package no.helsebro.platform.changes;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

/**
 * Publishes an event to this process's synchronous listeners ({@code @EventListener}, inside the
 * writer's transaction) and then writes it to the change feed, in that order: for the events a
 * module must react to in the same transaction as well as on every node (docs/adr/0008). Events
 * that only other nodes' caches and indexes follow go to {@link ChangeFeed#publish} alone.
 */
@Singleton
public class ChangeEvents {

  private final ApplicationEventPublisher<Object> events;
  private final ChangeFeed feed;

  ChangeEvents(ApplicationEventPublisher<Object> events, ChangeFeed feed) {
    this.events = events;
    this.feed = feed;
  }

  /** Publishes {@code event} to this process's listeners, then writes it to the change feed. */
  public void publish(FeedEvent event) {
    events.publishEvent(event);
    feed.publish(event);
  }
}
