package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code mentorship_feedback}. Its key is (mentorship, member); reads go by both, and
 * writes are one upsert ({@link MentorshipFeedbackRepository#upsert}).
 */
@MappedEntity("mentorship_feedback")
record MentorshipFeedback(
    @Id long mentorshipId,
    long memberId,
    String side,
    boolean helped,
    int rating,
    @Nullable String comment,
    Instant createdAt) {

  FeedbackView view() {
    return new FeedbackView(helped, rating, comment, createdAt);
  }
}
