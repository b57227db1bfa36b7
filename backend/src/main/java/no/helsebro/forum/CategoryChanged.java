package no.helsebro.forum;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A coordinator created, changed, archived or reordered a category. Published to the change feed
 * inside the writing transaction (one event per category whose row changed).
 */
@Serdeable
@FeedType("forum.category-changed")
public record CategoryChanged(long categoryId) implements FeedEvent {
  @Override
  public Long subjectId() {
    return categoryId;
  }
}
