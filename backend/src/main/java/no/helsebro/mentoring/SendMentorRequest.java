package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.guard.PatientDataGuard;

/**
 * A mentee asks one mentor: refused for oneself, a mentor who already mentors them or has an open
 * request from them, a paused or full mentor, a mentee who has every mentor they asked for
 * (docs/adr/0407), or too many open requests at once.
 */
@Singleton
class SendMentorRequest {

  private final MentorRequestRepository requests;
  private final MentorRequestReader reader;
  private final MentorshipRepository mentorships;
  private final MentorProfileRepository profiles;
  private final MentorPool pool;
  private final MentoringConfig config;
  private final ChangeFeed feed;
  private final MenteePlaces mentees;

  SendMentorRequest(
      MentorRequestRepository requests,
      MentorRequestReader reader,
      MentorshipRepository mentorships,
      MentorProfileRepository profiles,
      MentorPool pool,
      MentoringConfig config,
      ChangeFeed feed,
      MenteePlaces mentees) {
    this.requests = requests;
    this.reader = reader;
    this.mentorships = mentorships;
    this.profiles = profiles;
    this.pool = pool;
    this.config = config;
    this.feed = feed;
    this.mentees = mentees;
  }

  @Transactional
  MentorRequestView send(long menteeId, NewMentorRequest r) {
    PatientDataGuard.requireNone("message", r.message());
    long mentorId = r.mentorId();
    if (mentorId == menteeId) {
      throw ApiException.conflict("self-mentoring", "You cannot be your own mentor.");
    }
    MentorPool.Mentor mentor = pool.current().byId().get(mentorId);
    if (mentor == null) {
      throw ApiException.notFound("Mentor");
    }
    if (mentorships.findByMenteeIdAndMentorIdAndStatus(menteeId, mentorId, "ACTIVE").isPresent()) {
      throw ApiException.conflict("already-mentored", "This mentor already mentors you.");
    }
    // An overdue request the sweep has not reached yet must not block asking again.
    Instant now = Instant.now();
    requests.expirePair(menteeId, mentorId, now);
    if (openRequest(menteeId, mentorId)) {
      throw ApiException.conflict(
          "request-open", "You already have an open request to this mentor.");
    }
    if (mentees.full(menteeId)) {
      throw ApiException.conflict(
              "mentee-has-mentor",
              "You already have the mentors you asked for. Ask for more under your needs, or end"
                  + " a mentorship first.")
          .with("maxMentorships", mentees.wanted(menteeId));
    }
    MentorProfile place =
        profiles.findById(mentorId).orElseThrow(() -> ApiException.notFound("Mentor"));
    if (place.paused()) {
      throw ApiException.conflict("mentor-paused", "This mentor takes no new mentees just now.");
    }
    if (place.activeMentees() >= place.capacity()) {
      throw ApiException.conflict("mentor-full", "This mentor has no free place just now.");
    }
    long open = requests.countByMenteeIdAndStatusAndExpiresAtGreaterThan(menteeId, "OPEN", now);
    if (open >= config.getMaxOpenRequests()) {
      throw ApiException.conflict(
              "too-many-open-requests",
              "You have " + open + " open requests. Wait for an answer or withdraw one first.")
          .with("max", config.getMaxOpenRequests());
    }
    long id = create(menteeId, mentorId, r.message().strip(), "MEMBER", null);
    return reader.get(id, menteeId).orElseThrow();
  }

  boolean openRequest(long menteeId, long mentorId) {
    return requests.existsByMenteeIdAndMentorIdAndStatus(menteeId, mentorId, "OPEN");
  }

  /** Inserts an open request; a second open one for the pair is refused by the unique key. */
  long create(
      long menteeId, long mentorId, String message, String origin, @Nullable Long proposal) {
    Instant now = Instant.now();
    long id;
    try {
      id =
          requests
              .save(
                  MentorRequest.open(
                      menteeId,
                      mentorId,
                      message,
                      origin,
                      proposal,
                      now,
                      now.plus(config.getRequestExpiresAfter())))
              .id();
    } catch (DataAccessException e) {
      if (!duplicateKey(e)) {
        throw e;
      }
      throw ApiException.conflict(
          "request-open", "You already have an open request to this mentor.");
    }
    feed.publish(new MentoringRequested(id, menteeId, mentorId));
    return id;
  }

  /** A unique key refused the statement (MariaDB error 1062). */
  private static boolean duplicateKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getErrorCode() == 1062) {
        return true;
      }
    }
    return false;
  }
}
