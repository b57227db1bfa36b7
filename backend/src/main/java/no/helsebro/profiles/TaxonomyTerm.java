package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One term of a vocabulary, named in both languages. */
@Serdeable
@MappedEntity("taxonomy_terms")
public record TaxonomyTerm(
    @Id @GeneratedValue @Nullable Long id,
    TaxonomyKind kind,
    String code,
    String nameNb,
    String nameEn,
    @Nullable Long parentId,
    int sortOrder,
    boolean archived,
    @Nullable Instant createdAt) {}
