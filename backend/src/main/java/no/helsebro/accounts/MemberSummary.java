package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How other modules show a member: the display name, or "deleted member" in the reader's language
 * when {@code deleted} is true (the name is then empty).
 */
@Serdeable
public record MemberSummary(long id, String displayName, MemberStatus status, boolean deleted) {}
