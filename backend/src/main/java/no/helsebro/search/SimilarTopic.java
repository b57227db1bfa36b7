package no.helsebro.search;

import io.micronaut.serde.annotation.Serdeable;

/** A topic like the one being written or read: solved questions come first. */
@Serdeable
public record SimilarTopic(long topicId, String title, String kind, boolean solved, int replies) {}
