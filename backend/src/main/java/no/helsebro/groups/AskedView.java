package no.helsebro.groups;

import io.micronaut.serde.annotation.Serdeable;

/** The question made by "ask this group". */
@Serdeable
public record AskedView(long groupId, long topicId) {}
