package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** How a member stands with a mentor: open request, active mentorship, may they ask now. */
@Singleton
class MentorRelations {

  private final MentorRequestRepository requests;
  private final MenteePlaces mentees;
  private final MentorshipRepository mentorships;

  MentorRelations(
      MentorRequestRepository requests, MenteePlaces mentees, MentorshipRepository mentorships) {
    this.requests = requests;
    this.mentorships = mentorships;
    this.mentees = mentees;
  }

  /**
   * @param refusal why the member may not send a request now, or null if they may
   */
  record Relation(
      @Nullable Long openRequestId, @Nullable Long mentorshipId, @Nullable String refusal) {}

  Relation between(long menteeId, MentorPool.Mentor mentor) {
    Long open = requests.openRequestTo(menteeId, mentor.id(), java.time.Instant.now()).orElse(null);
    Long mentorship =
        mentorships
            .findByMenteeIdAndMentorIdAndStatus(menteeId, mentor.id(), "ACTIVE")
            .map(Mentorship::id)
            .orElse(null);
    String refusal = null;
    if (menteeId == mentor.id()) {
      refusal = "self-mentoring";
    } else if (mentorship != null) {
      refusal = "already-mentored";
    } else if (open != null) {
      refusal = "request-open";
    } else if (mentees.full(menteeId)) {
      refusal = "mentee-has-mentor";
    } else if (mentor.paused()) {
      refusal = "mentor-paused";
    } else if (mentor.freePlaces() == 0) {
      refusal = "mentor-full";
    }
    return new Relation(open, mentorship, refusal);
  }
}
