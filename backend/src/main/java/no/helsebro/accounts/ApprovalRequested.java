package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A member confirmed an address outside the allow-listed domains and now waits for a coordinator's
 * approval. Published to the change feed inside the confirming transaction.
 */
@Serdeable
@FeedType("accounts.approval-requested")
public record ApprovalRequested(long memberId) implements FeedEvent {
  @Override
  public Long subjectId() {
    return memberId;
  }
}
