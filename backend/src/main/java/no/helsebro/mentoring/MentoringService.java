package no.helsebro.mentoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * The mentoring module's facade for other modules.
 *
 * <p>Mentoring keeps mentor profiles, mentees' needs, requests, mentorships and their private
 * spaces. Other modules ask it whether a member mentors (for the MENTOR role in tokens) and tell it
 * when a member is suspended or deleted.
 */
@Singleton
class MentoringService {

  private final MentorProfileService profiles;
  private final CloseMentorRequests requests;
  private final MentorshipService mentorships;
  private final MentorProfileRepository mentorProfiles;
  private final MenteeNeedRepository needs;

  MentoringService(
      MentorProfileService profiles,
      CloseMentorRequests requests,
      MentorshipService mentorships,
      MentorProfileRepository mentorProfiles,
      MenteeNeedRepository needs) {
    this.profiles = profiles;
    this.requests = requests;
    this.mentorships = mentorships;
    this.mentorProfiles = mentorProfiles;
    this.needs = needs;
  }

  /** True when the member has opted in as a mentor (paused or not). */
  public boolean isMentor(long memberId) {
    return profiles.isMentor(memberId);
  }

  /**
   * A member was suspended: every open request they sent or received is cancelled, and they drop
   * out of the directory and suggestions. Mentorships stay as they are.
   *
   * @return how many requests were cancelled
   */
  @Transactional
  public int memberSuspended(long memberId) {
    // The pool forgets the member when the suspension commits (MentorPool listens to the feed).
    return requests.cancelOpenRequestsOf(memberId);
  }

  /**
   * A member deleted their account: open requests are cancelled, active mentorships end, and their
   * mentor profile and stated needs are removed. Messages they wrote stay in the other member's
   * space under the anonymised name the account keeps.
   */
  @Transactional
  public void memberDeleted(long memberId) {
    requests.cancelOpenRequestsOf(memberId);
    mentorships.endAllOf(memberId);
    mentorProfiles.deleteById(memberId);
    needs.deleteById(memberId);
  }
}
