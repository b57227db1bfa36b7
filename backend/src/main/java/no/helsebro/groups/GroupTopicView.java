package no.helsebro.groups;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A question, story or training resource on a group page or a member's front page.
 *
 * @param kind QUESTION, STORY or TRAINING
 * @param askedOfGroup the group this question was put to ("ask this group"), if any
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GroupTopicView(
    long topicId,
    @Schema(
            allowableValues = {"QUESTION", "STORY", "TRAINING"},
            requiredMode = Schema.RequiredMode.REQUIRED)
        String kind,
    String title,
    @Nullable String authorName,
    Instant createdAt,
    int replyCount,
    boolean solved,
    @Nullable Long askedOfGroup) {}
