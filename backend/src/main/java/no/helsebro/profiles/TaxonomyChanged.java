package no.helsebro.profiles;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A coordinator created or changed (renamed, archived, moved) a taxonomy term. Published to the
 * change feed inside the writing transaction; every node forgets the terms it cached.
 */
@Serdeable
@FeedType("profiles.taxonomy-changed")
public record TaxonomyChanged(TaxonomyKind kind, long termId) implements FeedEvent {
  @Override
  public Long subjectId() {
    return termId;
  }
}
