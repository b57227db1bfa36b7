package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** The member's own feedback on a mentorship. Only its author ever reads it one by one. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record FeedbackView(boolean helped, int rating, @Nullable String comment, Instant createdAt) {}
