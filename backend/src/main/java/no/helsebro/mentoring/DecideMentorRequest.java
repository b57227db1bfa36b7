package no.helsebro.mentoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.guard.PatientDataGuard;

/**
 * The mentor accepts or declines a request; the mentee may withdraw it. Accepting takes one of the
 * mentor's places with a conditional UPDATE, so concurrent accepts can never exceed the capacity
 * (docs/adr/0402), and gives the mentee no more mentors than they asked for (one unless they said
 * more), closing their other open requests when they have them all (docs/adr/0407).
 */
@Singleton
class DecideMentorRequest {

  private final MentorRequestRepository requests;
  private final MentorRequestReader reader;
  private final CloseMentorRequests closing;
  private final MentorshipRepository mentorships;
  private final MentorProfileRepository profiles;
  private final MentoringRevision revision;
  private final ChangeFeed feed;
  private final MenteePlaces mentees;

  DecideMentorRequest(
      MentorRequestRepository requests,
      MentorRequestReader reader,
      CloseMentorRequests closing,
      MentorshipRepository mentorships,
      MentorProfileRepository profiles,
      MentoringRevision revision,
      ChangeFeed feed,
      MenteePlaces mentees) {
    this.requests = requests;
    this.reader = reader;
    this.closing = closing;
    this.mentorships = mentorships;
    this.profiles = profiles;
    this.revision = revision;
    this.feed = feed;
    this.mentees = mentees;
  }

  @Transactional
  MentorRequestView decide(long id, long memberId, MentorRequestDecision d) {
    PatientDataGuard.requireNone("note", d.note());
    Instant now = Instant.now();
    int wanted = 0;
    if (d.status() == MentorRequestDecision.Status.ACCEPTED) {
      // Lock order for accepting (docs/adr/0407): the mentee's row, the request, the mentor's row.
      // Two mentors accepting the same mentee take turns here before either holds a request.
      Optional<Long> mentee = requests.findMenteeIdByIdAndMentorId(id, memberId);
      if (mentee.isPresent()) {
        wanted = mentees.lock(mentee.get());
      }
    }
    MentorRequest r =
        requests
            .ofMemberForUpdate(id, memberId)
            .orElseThrow(() -> ApiException.notFound("Request"));
    boolean mentorSide = r.mentorId() == memberId;
    if (d.status() == MentorRequestDecision.Status.WITHDRAWN ? mentorSide : !mentorSide) {
      throw ApiException.forbidden(
          "not-your-decision",
          d.status() == MentorRequestDecision.Status.WITHDRAWN
              ? "Only the mentee can withdraw a request."
              : "Only the mentor can accept or decline a request.");
    }
    String status = r.statusAt(now);
    if (!"OPEN".equals(status)) {
      throw ApiException.conflict("request-closed", "This request is no longer open.")
          .with("requestStatus", status);
    }
    String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
    switch (d.status()) {
      case ACCEPTED -> accept(r, wanted, note, now);
      case DECLINED -> {
        requests.decline(id, note, now);
        feed.publish(CloseMentorRequests.closed(r, MentoringRequestAnswered.Outcome.DECLINED));
      }
      case WITHDRAWN -> closing.close(MentoringRequestAnswered.Outcome.WITHDRAWN, now, List.of(r));
    }
    return reader.get(id, memberId).orElseThrow();
  }

  private void accept(MentorRequest r, int wanted, String note, Instant now) {
    if (mentorships
        .findByMenteeIdAndMentorIdAndStatus(r.menteeId(), r.mentorId(), "ACTIVE")
        .isPresent()) {
      throw ApiException.conflict("already-mentored", "You already mentor this member.");
    }
    long active = mentees.active(r.menteeId());
    if (active >= wanted) {
      throw ApiException.conflict(
          "mentee-has-mentor", "This member has found the mentor they asked for meanwhile.");
    }
    int taken = profiles.takePlace(r.mentorId());
    if (taken == 0) {
      throw ApiException.conflict(
          "mentor-full", "You have no free place. Raise your capacity or end a mentorship first.");
    }
    long mentorship =
        mentorships.save(Mentorship.started(r.mentorId(), r.menteeId(), r.id(), now)).id();
    requests.accept(r.id(), note, mentorship, now);
    feed.publish(
        new MentoringRequestAnswered(
            r.id(),
            r.menteeId(),
            r.mentorId(),
            true,
            mentorship,
            false,
            MentoringRequestAnswered.Outcome.ACCEPTED));
    if (active + 1 >= wanted) {
      // They have every mentor they asked for: their other requests hold no places.
      mentees.closeOtherOpenRequests(r.menteeId(), r.id(), now);
    }
    revision.bump();
  }
}
