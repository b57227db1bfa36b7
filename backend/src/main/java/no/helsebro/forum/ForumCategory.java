package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code forum_categories} as a coordinator creates it ({@code created_at} by default).
 */
@MappedEntity("forum_categories")
record ForumCategory(
    @Id @GeneratedValue @Nullable Long id,
    String slug,
    String nameNb,
    String nameEn,
    String descriptionNb,
    String descriptionEn,
    int sortOrder,
    boolean archived,
    int topicCount) {}
