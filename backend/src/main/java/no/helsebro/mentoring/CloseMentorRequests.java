package no.helsebro.mentoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import no.helsebro.platform.changes.ChangeFeed;

/**
 * Closes open requests without an answer: expired ones when their time is up, cancelled ones when a
 * member is suspended or deleted or a mentor opts out. One {@link MentoringRequestAnswered} each.
 */
@Singleton
class CloseMentorRequests {

  private final MentorRequestRepository requests;
  private final ChangeFeed feed;

  CloseMentorRequests(MentorRequestRepository requests, ChangeFeed feed) {
    this.requests = requests;
    this.feed = feed;
  }

  /** Expires every open request whose time is up; answers how many. */
  @Transactional
  int expireDue(Instant now) {
    return close(MentoringRequestAnswered.Outcome.EXPIRED, now, requests.dueForUpdate(now));
  }

  /** Cancels every open request the member sent or received (suspension, deletion). */
  @Transactional
  int cancelOpenRequestsOf(long memberId) {
    return close(
        MentoringRequestAnswered.Outcome.CANCELLED,
        Instant.now(),
        requests.openOfMemberForUpdate(memberId));
  }

  /** Cancels every open request to the mentor (opting out). */
  @Transactional
  int cancelOpenRequestsTo(long mentorId) {
    return close(
        MentoringRequestAnswered.Outcome.CANCELLED,
        Instant.now(),
        requests.openToMentorForUpdate(mentorId));
  }

  /** Closes the (locked) requests with the outcome, one event each; answers how many. */
  int close(MentoringRequestAnswered.Outcome outcome, Instant now, List<MentorRequest> locked) {
    if (locked.isEmpty()) {
      return 0;
    }
    requests.close(locked.stream().map(MentorRequest::id).toList(), outcome.name(), now);
    for (MentorRequest r : locked) {
      feed.publish(closed(r, outcome));
    }
    return locked.size();
  }

  static MentoringRequestAnswered closed(
      MentorRequest r, MentoringRequestAnswered.Outcome outcome) {
    return new MentoringRequestAnswered(
        r.id(),
        r.menteeId(),
        r.mentorId(),
        false,
        null,
        outcome == MentoringRequestAnswered.Outcome.EXPIRED,
        outcome);
  }
}
