package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A member in the directory. */
@Serdeable
public record MemberCard(
    long id,
    String displayName,
    @Nullable String title,
    @Nullable String organisation,
    @Nullable TermRef background,
    @Nullable TermRef workplaceType,
    @Nullable TermRef region) {}
