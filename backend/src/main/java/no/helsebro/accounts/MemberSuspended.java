package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A coordinator suspended a member. Published inside the suspending transaction; listeners
 * ({@code @EventListener}) run synchronously in it, so a listener that throws undoes the
 * suspension. Also on the change feed: the member's existing access tokens stop working at once on
 * the node that suspended them and within a second on every other node.
 *
 * @param memberId the suspended member
 * @param until when the suspension ends; null for until further notice
 */
@Serdeable
@FeedType("accounts.member-suspended")
public record MemberSuspended(long memberId, @Nullable Instant until) implements FeedEvent {

  @Override
  public Long subjectId() {
    return memberId;
  }
}
