package no.helsebro.notifications;

import io.micronaut.serde.annotation.Serdeable;

/** How a member wants mail for a kind of notification (it is always in the app). */
@Serdeable
public enum Delivery {
  NONE,
  IMMEDIATE,
  DAILY,
  WEEKLY
}
