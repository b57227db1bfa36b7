package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A member's account was deleted (by themselves). Published inside the deleting transaction;
 * listeners run synchronously in it and must remove or anonymise the member's personal data held by
 * their module (profile, drafts, mentor profile …). Content others rely on, such as posts, stays
 * and is shown as written by "deleted member". Audit entries are kept.
 */
@Serdeable
@FeedType("accounts.member-deleted")
public record MemberDeleted(long memberId) implements FeedEvent {

  @Override
  public Long subjectId() {
    return memberId;
  }
}
