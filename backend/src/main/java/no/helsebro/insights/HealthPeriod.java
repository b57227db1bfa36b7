package no.helsebro.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * The community health figures of one week or month (or the whole range, for the totals).
 *
 * @param start the period's first day (a Monday, or the 1st); the range's first day for totals
 * @param activeMembers members who posted (started a topic or replied)
 * @param newMembers members who joined (were approved)
 * @param questions questions asked
 * @param answeredWithin24h of those, answered by someone else within 24 hours
 * @param answeredWithin48h of those, answered by someone else within 48 hours
 * @param medianHoursToFirstAnswer over the questions answered so far
 * @param medianHoursToAcceptedAnswer from the question to the reply now accepted
 * @param mentorshipRequests requests for a mentor sent
 * @param matches mentorships started (requests accepted)
 * @param mentorshipsEnded mentorships ended
 * @param feedback what members said when those ended, only above the minimum number of answers
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HealthPeriod(
    LocalDate start,
    @Nullable Long activeMembers,
    long newMembers,
    long questions,
    long answeredWithin24h,
    long answeredWithin48h,
    @Nullable Double medianHoursToFirstAnswer,
    @Nullable Double medianHoursToAcceptedAnswer,
    long stories,
    long trainingResources,
    long mentorshipRequests,
    long matches,
    long mentorshipsEnded,
    long feedbackResponses,
    @Nullable Feedback feedback) {

  /** Feedback in aggregate: share who said it helped, average rating 1–5. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Feedback(double helpedShare, double averageRating) {}
}
