package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code question_routing}: a question on its ladder (docs/adr/0406). */
@MappedEntity("question_routing")
record RoutedQuestion(
    @Id long topicId,
    @Nullable Long askerId,
    String title,
    Instant askedAt,
    String status,
    int stepsDone,
    @Nullable Instant answeredAt,
    @Nullable Long answeredBy) {}
