package no.helsebro.platform.changes;

import io.micronaut.serde.annotation.Serdeable;

/** A feed event of the tests only: a run (so parallel tests see their own) and a number. */
@Serdeable
@FeedType("test.changed")
public record TestChanged(String run, int n) implements FeedEvent {}
