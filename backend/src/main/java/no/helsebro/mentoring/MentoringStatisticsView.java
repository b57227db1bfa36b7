package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Mentoring in numbers, for coordinators. Feedback appears only in aggregate and only once at least
 * {@code feedbackMinResponses} answers exist, so no single member's answer can be read.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MentoringStatisticsView(
    long mentors,
    long mentorsWithFreePlaces,
    long pausedMentors,
    long menteesWithNeeds,
    long activeMentorships,
    long endedMentorships,
    long openRequests,
    RequestOutcomes requestsLast90Days,
    long feedbackResponses,
    int feedbackMinResponses,
    @Nullable FeedbackSummary feedback,
    QuestionOutcomes questions) {

  /** How requests made in the last 90 days ended up. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RequestOutcomes(
      long sent, long accepted, long declined, long expired, long withdrawn, long open) {}

  /**
   * Questions asked 2-90 days ago: how many, and how many someone else answered within 24 and 48
   * hours.
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record QuestionOutcomes(
      long asked,
      long answeredWithin24h,
      long answeredWithin48h,
      double shareWithin24h,
      double shareWithin48h,
      long unanswered) {}

  /**
   * Aggregated feedback.
   *
   * @param helpedShare share of answers saying it helped, 0 to 1
   * @param ratingCounts how many gave 1, 2, 3, 4 and 5
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record FeedbackSummary(
      long responses, double helpedShare, double averageRating, List<Long> ratingCounts) {}
}
