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
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.guard.PatientDataGuard;

/** Opting in as a mentor, changing the profile, pausing and opting out. */
@Singleton
class MentorProfileService {

  private final JdbcQueries sql;
  private final TermCatalog terms;
  private final MentorViews views;
  private final MentoringRevision revision;
  private final AuditLog audit;
  private final MemberFacts facts;
  private final MentorRequestService requests;
  private final ChangeFeed feed;

  MentorProfileService(
      JdbcQueries sql,
      TermCatalog terms,
      MentorViews views,
      MentoringRevision revision,
      AuditLog audit,
      MemberFacts facts,
      MentorRequestService requests,
      ChangeFeed feed) {
    this.sql = sql;
    this.terms = terms;
    this.views = views;
    this.revision = revision;
    this.audit = audit;
    this.facts = facts;
    this.requests = requests;
    this.feed = feed;
  }

  private record Row(
      long memberId,
      int capacity,
      int active,
      int availability,
      String contactMode,
      String introduction,
      boolean paused,
      Instant createdAt,
      Instant updatedAt) {}

  @Transactional(readOnly = true)
  Optional<MentorProfileView> mine(long memberId) {
    return row(memberId).map(this::view);
  }

  boolean isMentor(long memberId) {
    return sql.count("SELECT COUNT(*) FROM mentor_profiles WHERE member_id = ?", memberId) > 0;
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
    Optional<Row> before = row(memberId);
    if (before.isEmpty()) {
      sql.update(
          "INSERT INTO mentor_profiles (member_id, capacity, active_mentees, availability,"
              + " contact_mode, introduction, paused) VALUES (?, ?, ?, ?, ?, ?, ?)",
          memberId,
          r.capacity(),
          activeMentorships(memberId),
          availability,
          r.contactMode().name(),
          intro,
          r.paused());
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
      sql.update(
          "UPDATE mentor_profiles SET capacity = ?, availability = ?, contact_mode = ?,"
              + " introduction = ?, paused = ?, updated_at = CURRENT_TIMESTAMP(6)"
              + " WHERE member_id = ?",
          r.capacity(),
          availability,
          r.contactMode().name(),
          intro,
          r.paused(),
          memberId);
      sql.update("DELETE FROM mentor_terms WHERE member_id = ?", memberId);
    }
    for (Long termId : all) {
      sql.update("INSERT INTO mentor_terms (member_id, term_id) VALUES (?, ?)", memberId, termId);
    }
    feed.publish(new MentorProfileChanged(memberId));
    revision.bump();
    return row(memberId).map(this::view).orElseThrow();
  }

  /**
   * Opts out. Refused while mentees are active (pause instead); open requests to the mentor are
   * cancelled.
   */
  @Transactional
  void optOut(long memberId) {
    Row row = row(memberId).orElseThrow(() -> ApiException.notFound("Mentor profile"));
    if (activeMentorships(memberId) > 0) {
      throw ApiException.conflict(
          "mentor-has-mentees",
          "End your active mentorships first, or pause to take no new mentees.");
    }
    requests.cancelOpenRequestsTo(memberId);
    sql.update("DELETE FROM mentor_profiles WHERE member_id = ?", memberId);
    String name = facts.of(memberId).map(MemberFacts.Facts::displayName).orElse("");
    audit.record(
        memberId,
        name,
        "mentor.opted-out",
        "member",
        memberId,
        null,
        Map.of("capacity", row.capacity));
    feed.publish(new MentorProfileChanged(memberId));
    revision.bump();
  }

  private int activeMentorships(long memberId) {
    return (int)
        sql.count(
            "SELECT COUNT(*) FROM mentorships WHERE mentor_id = ? AND status = 'ACTIVE'", memberId);
  }

  private Optional<Row> row(long memberId) {
    return sql.one(
        "SELECT member_id, capacity, active_mentees, availability, contact_mode, introduction,"
            + " paused, created_at, updated_at FROM mentor_profiles WHERE member_id = ?",
        rs ->
            new Row(
                rs.getLong(1),
                rs.getInt(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getBoolean(7),
                JdbcQueries.instant(rs, "created_at"),
                JdbcQueries.instant(rs, "updated_at")),
        memberId);
  }

  private MentorProfileView view(Row row) {
    List<Long> ids =
        sql.list(
            "SELECT term_id FROM mentor_terms WHERE member_id = ?",
            rs -> rs.getLong(1),
            row.memberId);
    List<TermCatalog.Term> all = terms.all(ids);
    return new MentorProfileView(
        row.memberId,
        ofKind(all, TermCatalog.SYSTEM),
        ofKind(all, TermCatalog.EXPERTISE),
        ofKind(all, TermCatalog.WORKPLACE_TYPE),
        ofKind(all, TermCatalog.REGION),
        ofKind(all, TermCatalog.LANGUAGE),
        row.capacity,
        row.active,
        new ArrayList<>(Shift.of(row.availability)),
        ContactMode.valueOf(row.contactMode),
        row.introduction,
        row.paused,
        row.createdAt,
        row.updatedAt);
  }

  private static List<TermView> ofKind(List<TermCatalog.Term> all, String kind) {
    return all.stream().filter(t -> t.kind().equals(kind)).map(TermView::of).toList();
  }
}
