package no.helsebro.mentoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.helsebro.mentoring.matching.Shift;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.guard.PatientDataGuard;

/** Opting in as a mentor, changing the profile, pausing and opting out. */
@Singleton
class MentorProfileService {

  private final MentorProfileRepository profiles;
  private final MentorshipRepository mentorships;
  private final TermCatalog terms;
  private final MentorViews views;
  private final MentoringRevision revision;
  private final AuditLog audit;
  private final MemberFacts facts;
  private final CloseMentorRequests requests;
  private final ChangeFeed feed;

  MentorProfileService(
      MentorProfileRepository profiles,
      MentorshipRepository mentorships,
      TermCatalog terms,
      MentorViews views,
      MentoringRevision revision,
      AuditLog audit,
      MemberFacts facts,
      CloseMentorRequests requests,
      ChangeFeed feed) {
    this.profiles = profiles;
    this.mentorships = mentorships;
    this.terms = terms;
    this.views = views;
    this.revision = revision;
    this.audit = audit;
    this.facts = facts;
    this.requests = requests;
    this.feed = feed;
  }

  @Transactional(readOnly = true)
  Optional<MentorProfileView> mine(long memberId) {
    return profiles.findById(memberId).map(this::view);
  }

  boolean isMentor(long memberId) {
    return profiles.existsById(memberId);
  }

  /** Opts in, or changes the profile of someone who already has. */
  @Transactional
  MentorProfileView save(long memberId, MentorProfileRequest r) {
    PatientDataGuard.requireNone("introduction", r.introduction());
    Set<Long> all = new LinkedHashSet<>();
    all.addAll(terms.require("systemIds", TermCatalog.SYSTEM, r.systemIds()));
    all.addAll(terms.require("topicIds", TermCatalog.EXPERTISE, r.topicIds()));
    all.addAll(terms.require("workplaceTypeIds", TermCatalog.WORKPLACE_TYPE, r.workplaceTypeIds()));
    all.addAll(terms.require("regionIds", TermCatalog.REGION, r.regionIds()));
    all.addAll(terms.require("languageIds", TermCatalog.LANGUAGE, r.languageIds()));
    if (r.languageIds().isEmpty()) {
      throw ApiException.invalidValue(
          "languageIds", "choose-language", "Choose at least one language you can mentor in");
    }
    String intro =
        r.introduction() == null || r.introduction().isBlank() ? null : r.introduction().strip();
    int availability = Shift.mask(r.availability());
    Instant now = Instant.now();
    if (!profiles.existsById(memberId)) {
      profiles.save(
          new MentorProfile(
              memberId,
              r.capacity(),
              activeMentorships(memberId),
              availability,
              r.contactMode().name(),
              intro,
              r.paused(),
              now,
              now));
      String name = facts.of(memberId).map(MemberFacts.Facts::displayName).orElse("");
      audit.record(
          memberId,
          name,
          "mentor.opted-in",
          "member",
          memberId,
          null,
          Map.of("capacity", r.capacity()));
    } else {
      profiles.change(
          memberId, r.capacity(), availability, r.contactMode().name(), intro, r.paused(), now);
      profiles.deleteTerms(memberId);
    }
    for (Long termId : all) {
      profiles.addTerm(memberId, termId);
    }
    feed.publish(new MentorProfileChanged(memberId));
    revision.bump();
    return profiles.findById(memberId).map(this::view).orElseThrow();
  }

  /**
   * Opts out. Refused while mentees are active (pause instead); open requests to the mentor are
   * cancelled.
   */
  @Transactional
  void optOut(long memberId) {
    MentorProfile row =
        profiles.findById(memberId).orElseThrow(() -> ApiException.notFound("Mentor profile"));
    if (activeMentorships(memberId) > 0) {
      throw ApiException.conflict(
          "mentor-has-mentees",
          "End your active mentorships first, or pause to take no new mentees.");
    }
    requests.cancelOpenRequestsTo(memberId);
    profiles.deleteById(memberId);
    String name = facts.of(memberId).map(MemberFacts.Facts::displayName).orElse("");
    audit.record(
        memberId,
        name,
        "mentor.opted-out",
        "member",
        memberId,
        null,
        Map.of("capacity", row.capacity()));
    feed.publish(new MentorProfileChanged(memberId));
    revision.bump();
  }

  private int activeMentorships(long memberId) {
    return (int) mentorships.countByMentorIdAndStatus(memberId, "ACTIVE");
  }

  private MentorProfileView view(MentorProfile row) {
    List<Long> ids = profiles.termIds(row.memberId());
    List<TermCatalog.Term> all = terms.all(ids);
    return new MentorProfileView(
        row.memberId(),
        ofKind(all, TermCatalog.SYSTEM),
        ofKind(all, TermCatalog.EXPERTISE),
        ofKind(all, TermCatalog.WORKPLACE_TYPE),
        ofKind(all, TermCatalog.REGION),
        ofKind(all, TermCatalog.LANGUAGE),
        row.capacity(),
        row.activeMentees(),
        new ArrayList<>(Shift.of(row.availability())),
        ContactMode.valueOf(row.contactMode()),
        row.introduction(),
        row.paused(),
        row.createdAt(),
        row.updatedAt());
  }

  private static List<TermView> ofKind(List<TermCatalog.Term> all, String kind) {
    return all.stream().filter(t -> t.kind().equals(kind)).map(TermView::of).toList();
  }
}
