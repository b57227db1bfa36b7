package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * Something changed that the per-request member-state check (docs/adr/0102) or a cached display
 * name depends on: a suspension lifted, roles or the second factor changed, sessions revoked ("sign
 * out everywhere", a password reset), a new display name or language. Published to the change feed
 * inside the changing transaction; every node forgets what it cached of the member. (Suspension,
 * activation and deletion have events of their own.)
 */
@Serdeable
@FeedType("accounts.member-access-changed")
public record MemberAccessChanged(long memberId, What what) implements FeedEvent {

  /** What changed. */
  public enum What {
    SUSPENSION_LIFTED,
    ROLES_CHANGED,
    SECOND_FACTOR_CHANGED,
    SESSIONS_REVOKED,
    RENAMED,
    LANGUAGE_CHANGED
  }

  @Override
  public Long subjectId() {
    return memberId;
  }
}
