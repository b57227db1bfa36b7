package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * Someone registered (e-mail not yet confirmed). Published inside the registering transaction so
 * that the profiles module can start the member's profile with the organisation they gave.
 */
@Serdeable
@FeedType("accounts.member-registered")
public record MemberRegistered(long memberId, String displayName, String organisation)
    implements FeedEvent {

  @Override
  public Long subjectId() {
    return memberId;
  }
}
