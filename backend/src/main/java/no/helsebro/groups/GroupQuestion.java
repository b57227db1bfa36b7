package no.helsebro.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code peer_group_questions}: a question asked of a group, who asked and when. Its key
 * is (group_id, topic_id); {@link GroupQuestionRepository} writes it by @Query only, so the
 * {@code @Id} serves the mapping alone.
 */
@MappedEntity("peer_group_questions")
record GroupQuestion(@Id long groupId, long topicId, @Nullable Long askedBy, Instant askedAt) {}
