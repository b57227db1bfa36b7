package no.helsebro.forum;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * Tags were created (by a topic that named a new one), renamed, merged or deleted. Published to the
 * change feed inside the writing transaction.
 *
 * @param tagIds the tags created, renamed, merged (both) or deleted
 */
@Serdeable
@FeedType("forum.tags-changed")
public record TagsChanged(List<Long> tagIds) implements FeedEvent {}
