package no.helsebro.profiles;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A member saved their professional profile (background, workplace, region, systems, expertise,
 * languages, bio). Published to the change feed inside the saving transaction.
 */
@Serdeable
@FeedType("profiles.profile-updated")
public record ProfileUpdated(long memberId) implements FeedEvent {
  @Override
  public Long subjectId() {
    return memberId;
  }
}
