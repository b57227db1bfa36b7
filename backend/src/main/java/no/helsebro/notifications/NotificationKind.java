package no.helsebro.notifications;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What a member chooses mail for: each {@link NotificationType} belongs to one kind. The defaults
 * follow the issue: mentions, replies to me and what concerns me personally at once; what I only
 * follow, and recognition, in a daily digest.
 */
@Serdeable
public enum NotificationKind {
  REPLIES(Delivery.IMMEDIATE),
  MENTIONS(Delivery.IMMEDIATE),
  FOLLOWED_TOPICS(Delivery.DAILY),
  FOLLOWED_CATEGORIES(Delivery.DAILY),
  RECOGNITION(Delivery.DAILY),
  MENTORING(Delivery.IMMEDIATE),
  QUESTIONS_FOR_ME(Delivery.IMMEDIATE),
  MODERATION(Delivery.IMMEDIATE),
  ACCOUNT(Delivery.NONE),
  REMINDERS(Delivery.IMMEDIATE),
  COORDINATION(Delivery.DAILY);

  private final Delivery defaultDelivery;

  NotificationKind(Delivery defaultDelivery) {
    this.defaultDelivery = defaultDelivery;
  }

  public Delivery defaultDelivery() {
    return defaultDelivery;
  }
}
