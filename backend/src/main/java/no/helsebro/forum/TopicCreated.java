package no.helsebro.forum;

import java.time.Instant;

/** A topic was started. Published inside the creating transaction. */
public record TopicCreated(
    long topicId,
    long categoryId,
    TopicKind kind,
    long authorId,
    String title,
    Instant createdAt) {}
