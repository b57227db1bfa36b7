package no.helsebro.search;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/** A coordinator asked every node to rebuild its search index from the database. */
@Serdeable
@FeedType("search.rebuild-requested")
public record SearchRebuildRequested(long byId) implements FeedEvent {

  @Override
  public Long subjectId() {
    return byId;
  }
}
