package no.helsebro.accounts;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import no.helsebro.platform.changes.ChangeFeed;

/**
 * Publishes the accounts events other modules react to inside the transaction
 * ({@code @EventListener}, synchronous) and then writes them to the change feed, in that order.
 */
@Singleton
class AccountEvents {

  private final ApplicationEventPublisher<MemberRegistered> registered;
  private final ApplicationEventPublisher<MemberActivated> activated;
  private final ApplicationEventPublisher<MemberSuspended> suspended;
  private final ApplicationEventPublisher<MemberDeleted> deleted;
  private final ChangeFeed feed;

  AccountEvents(
      ApplicationEventPublisher<MemberRegistered> registered,
      ApplicationEventPublisher<MemberActivated> activated,
      ApplicationEventPublisher<MemberSuspended> suspended,
      ApplicationEventPublisher<MemberDeleted> deleted,
      ChangeFeed feed) {
    this.registered = registered;
    this.activated = activated;
    this.suspended = suspended;
    this.deleted = deleted;
    this.feed = feed;
  }

  void registered(MemberRegistered event) {
    registered.publishEvent(event);
    feed.publish(event);
  }

  void activated(MemberActivated event) {
    activated.publishEvent(event);
    feed.publish(event);
  }

  void suspended(MemberSuspended event) {
    suspended.publishEvent(event);
    feed.publish(event);
  }

  void deleted(MemberDeleted event) {
    deleted.publishEvent(event);
    feed.publish(event);
  }
}
