package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A topic as the title look-up finds it: enough to tell topics apart when picking one. */
@Serdeable
@MappedEntity("forum_topics")
record TopicTitle(@Id long id, String title, TopicKind kind, Instant lastActivityAt) {}
