package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A member became active: confirmed an allow-listed address, or was approved by a coordinator.
 * Published inside that transaction.
 */
@Serdeable
@FeedType("accounts.member-activated")
public record MemberActivated(long memberId) implements FeedEvent {

  @Override
  public Long subjectId() {
    return memberId;
  }
}
