package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * How many mentors a mentee has at once (docs/adr/0407): one, unless they asked for more (up to
 * {@link #MOST}) with their needs. Accepting locks the mentee's {@code mentee_settings} row before
 * anything else ({@link #lock}), so mentors accepting the same mentee at the same moment take turns
 * and the later ones see the earlier mentorships; when the mentee has all the mentors they asked
 * for, their other open requests close as {@code MATCHED_ELSEWHERE}.
 */
@Singleton
class MenteePlaces {

  /** The most mentors a mentee may ask to have at once. */
  static final int MOST = 3;

  private static final int DEFAULT = 1;

  private final MenteeSettingRepository settings;
  private final MentorshipRepository mentorships;
  private final MentorRequestRepository requests;

  MenteePlaces(
      MenteeSettingRepository settings,
      MentorshipRepository mentorships,
      MentorRequestRepository requests) {
    this.settings = settings;
    this.mentorships = mentorships;
    this.requests = requests;
  }

  /**
   * Locks the mentee's row for the rest of the transaction (made on first use) and answers how many
   * mentors they want at once. Take it before the request's and the mentor's rows.
   */
  int lock(long menteeId) {
    settings.ensure(menteeId);
    return settings.wantedForUpdate(menteeId).orElse(DEFAULT);
  }

  /** How many mentors the mentee wants at once (1 unless they said more). */
  int wanted(long menteeId) {
    return settings.findMaxMentorshipsByMemberId(menteeId).orElse(DEFAULT);
  }

  void setWanted(long menteeId, int howMany) {
    settings.setWanted(menteeId, howMany);
  }

  long active(long menteeId) {
    return mentorships.countByMenteeIdAndStatus(menteeId, "ACTIVE");
  }

  /** True when the mentee already has every mentor they asked for. */
  boolean full(long menteeId) {
    return active(menteeId) >= wanted(menteeId);
  }

  /** Closes the mentee's open requests other than {@code acceptedRequestId}; answers how many. */
  int closeOtherOpenRequests(long menteeId, long acceptedRequestId, Instant now) {
    return requests.closeOthersOfMentee(menteeId, acceptedRequestId, now);
  }
}
