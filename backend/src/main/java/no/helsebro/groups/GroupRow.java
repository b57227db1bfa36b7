package no.helsebro.groups;

import io.micronaut.core.annotation.Nullable;

/** A peer group as stored; names of automatic groups come from their taxonomy term. */
record GroupRow(
    long id,
    GroupKind kind,
    @Nullable Long termId,
    @Nullable String nameNb,
    @Nullable String nameEn,
    @Nullable String descriptionNb,
    @Nullable String descriptionEn) {}
