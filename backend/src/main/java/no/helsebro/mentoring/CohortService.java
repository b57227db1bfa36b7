package no.helsebro.mentoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.helsebro.mentoring.matching.CohortAssignment;
import no.helsebro.mentoring.matching.MatchingEngine;
import no.helsebro.mentoring.matching.MenteeNeeds;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.guard.PatientDataGuard;

/**
 * Cohort matching for coordinators: propose an optimal assignment of many mentees to mentors with
 * free places, review it, and confirm it, which sends each assigned mentee's request to their
 * mentor (who still accepts or declines; docs/adr/0403).
 */
@Singleton
class CohortService {

  private final JdbcQueries sql;
  private final MentorPool pool;
  private final MenteeNeedsService needs;
  private final MentorRequestService requests;
  private final TermCatalog terms;
  private final AuditLog audit;
  private final MemberFacts facts;
  private final ActiveMembers members;
  private final MentorshipSpace space;
  private final MenteeNeedTermRepository needTerms;

  CohortService(
      JdbcQueries sql,
      MentorPool pool,
      MenteeNeedsService needs,
      MentorRequestService requests,
      TermCatalog terms,
      AuditLog audit,
      MemberFacts facts,
      ActiveMembers members,
      MentorshipSpace space,
      MenteeNeedTermRepository needTerms) {
    this.sql = sql;
    this.pool = pool;
    this.needs = needs;
    this.requests = requests;
    this.terms = terms;
    this.audit = audit;
    this.facts = facts;
    this.members = members;
    this.space = space;
    this.needTerms = needTerms;
  }

  /**
   * Mentees with stated needs, no active mentorship and no open request; whether they are active
   * members is asked of the member directory ({@link ActiveMembers}).
   */
  private static final String CANDIDATES =
      "SELECT n.member_id, n.updated_at FROM mentee_needs n"
          + " WHERE NOT EXISTS (SELECT 1 FROM mentorships s WHERE s.mentee_id = n.member_id"
          + " AND s.status = 'ACTIVE')"
          + " AND NOT EXISTS (SELECT 1 FROM mentor_requests r WHERE r.mentee_id = n.member_id"
          + " AND r.status = 'OPEN')";

  List<CohortCandidateView> candidates() {
    record Row(long id, Instant updatedAt) {}
    List<Row> all =
        sql.list(
            CANDIDATES + " ORDER BY n.updated_at DESC, n.member_id DESC",
            rs -> new Row(rs.getLong(1), JdbcQueries.instant(rs, "updated_at")));
    Set<Long> active = members.among(all.stream().map(Row::id).toList());
    List<Row> rows = all.stream().filter(r -> active.contains(r.id())).limit(5000).toList();
    List<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, MemberRef> names = space.refs(ids);
    Map<Long, List<Long>> termsOf = new HashMap<>();
    for (MenteeNeedTerm t :
        ids.isEmpty() ? List.<MenteeNeedTerm>of() : needTerms.findByMemberIdIn(ids)) {
      termsOf.computeIfAbsent(t.memberId(), k -> new ArrayList<>()).add(t.termId());
    }
    List<CohortCandidateView> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      List<TermCatalog.Term> ts = terms.all(termsOf.getOrDefault(r.id, List.of()));
      out.add(
          new CohortCandidateView(
              names.get(r.id),
              r.updatedAt,
              ts.stream()
                  .filter(t -> t.kind().equals(TermCatalog.SYSTEM))
                  .map(TermView::of)
                  .toList(),
              ts.stream()
                  .filter(t -> t.kind().equals(TermCatalog.EXPERTISE))
                  .map(TermView::of)
                  .toList()));
    }
    return out;
  }

  @Transactional
  CohortProposalView propose(long coordinatorId, NewCohortProposal p) {
    PatientDataGuard.requireNone("message", p.message());
    List<Long> menteeIds = new ArrayList<>(new LinkedHashSet<>(p.menteeIds()));
    Set<Long> eligible =
        menteeIds.isEmpty()
            ? Set.of()
            : members.among(
                sql.list(
                    CANDIDATES
                        + " AND n.member_id IN ("
                        + JdbcQueries.marks(menteeIds.size())
                        + ")",
                    rs -> rs.getLong(1),
                    menteeIds.toArray()));
    menteeIds.removeIf(id -> !eligible.contains(id));
    if (menteeIds.isEmpty()) {
      throw ApiException.invalidField(
          "menteeIds",
          "no-candidates",
          "None of these members can be matched now (no needs stated, or already mentored or"
              + " waiting for an answer)");
    }
    Map<Long, MenteeNeeds> byMentee = needs.needsFor(menteeIds);
    menteeIds.removeIf(id -> !byMentee.containsKey(id));

    MentorPool.Snapshot snapshot = pool.current();
    Map<Long, Long> openByMentor = new HashMap<>();
    for (long[] row :
        sql.list(
            "SELECT mentor_id, COUNT(*) FROM mentor_requests WHERE status = 'OPEN'"
                + " GROUP BY mentor_id",
            rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
      openByMentor.put(row[0], row[1]);
    }
    // Places are reserved for open requests: if every request is accepted, nobody goes over.
    List<MentorPool.Mentor> mentors = new ArrayList<>();
    List<Integer> free = new ArrayList<>();
    for (MentorPool.Mentor m : snapshot.mentors()) {
      int places = (int) (m.freePlaces() - openByMentor.getOrDefault(m.id(), 0L));
      if (!m.paused() && places > 0) {
        mentors.add(m);
        free.add(places);
      }
    }
    long started = System.nanoTime();
    MatchingEngine engine = new MatchingEngine(snapshot.weights());
    int[][] scores = new int[menteeIds.size()][mentors.size()];
    for (int i = 0; i < menteeIds.size(); i++) {
      MatchingEngine.PreparedNeeds n = MatchingEngine.prepare(byMentee.get(menteeIds.get(i)));
      for (int j = 0; j < mentors.size(); j++) {
        MentorPool.Mentor m = mentors.get(j);
        scores[i][j] =
            m.id() == menteeIds.get(i)
                ? CohortAssignment.FORBIDDEN
                // A pair with nothing in common still beats no mentor: at least 1.
                : Math.max(1, engine.score(n, m.prepared()));
      }
    }
    int[] capacity = free.stream().mapToInt(Integer::intValue).toArray();
    CohortAssignment.Result optimal = CohortAssignment.optimal(scores, capacity);
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;
    CohortAssignment.Result greedy = CohortAssignment.greedy(scores, capacity);

    long id =
        sql.insert(
            "INSERT INTO cohort_proposals (created_by, created_at, status, message, total_score,"
                + " greedy_score, elapsed_ms) VALUES (?, ?, 'PROPOSED', ?, ?, ?, ?)",
            coordinatorId,
            Instant.now(),
            p.message().strip(),
            optimal.total(),
            greedy.total(),
            elapsedMs);
    int[] mentorOf = optimal.mentorOf();
    // Multi-row inserts: a cohort of thousands is a handful of statements.
    for (int from = 0; from < menteeIds.size(); from += 500) {
      int to = Math.min(menteeIds.size(), from + 500);
      StringBuilder insert =
          new StringBuilder(
              "INSERT INTO cohort_assignments (proposal_id, mentee_id, mentor_id, score) VALUES ");
      List<Object> params = new ArrayList<>();
      for (int i = from; i < to; i++) {
        insert.append(i == from ? "" : ", ").append("(?, ?, ?, ?)");
        int j = mentorOf[i];
        params.add(id);
        params.add(menteeIds.get(i));
        params.add(j < 0 ? null : mentors.get(j).id());
        params.add(j < 0 ? 0 : scores[i][j]);
      }
      sql.update(insert.toString(), params.toArray());
    }
    return view(id, null, null).orElseThrow();
  }

  Optional<CohortProposalView> get(long id) {
    return view(id, null, null);
  }

  @Transactional
  CohortProposalView decide(long id, long coordinatorId, CohortDecision d) {
    String status =
        sql.one(
                "SELECT status FROM cohort_proposals WHERE id = ? FOR UPDATE",
                rs -> rs.getString(1),
                id)
            .orElseThrow(() -> ApiException.notFound("Cohort proposal"));
    if (!"PROPOSED".equals(status)) {
      throw ApiException.conflict("proposal-decided", "This proposal has already been decided.")
          .with("proposalStatus", status);
    }
    String name = facts.of(coordinatorId).map(MemberFacts.Facts::displayName).orElse("");
    if (d.status() == CohortDecision.Status.DISCARDED) {
      sql.update(
          "UPDATE cohort_proposals SET status = 'DISCARDED', decided_at = ? WHERE id = ?",
          Instant.now(),
          id);
      return view(id, null, null).orElseThrow();
    }
    Set<Long> excluded =
        d.excludedMenteeIds() == null ? Set.of() : new HashSet<>(d.excludedMenteeIds());
    String message =
        sql.one("SELECT message FROM cohort_proposals WHERE id = ?", rs -> rs.getString(1), id)
            .orElseThrow();
    MentorPool.Snapshot snapshot = pool.current();
    int created = 0;
    int skipped = 0;
    Map<Long, Integer> reservedNow = new HashMap<>();
    List<long[]> pairs =
        sql.list(
            "SELECT mentee_id, mentor_id FROM cohort_assignments WHERE proposal_id = ?"
                + " AND mentor_id IS NOT NULL ORDER BY score DESC, mentee_id",
            rs -> new long[] {rs.getLong(1), rs.getLong(2)},
            id);
    Set<Long> activeMentees = members.among(pairs.stream().map(pair -> pair[0]).toList());
    for (long[] pair : pairs) {
      long mentee = pair[0];
      long mentorId = pair[1];
      if (excluded.contains(mentee)) {
        continue;
      }
      MentorPool.Mentor mentor = snapshot.byId().get(mentorId);
      boolean stillFits =
          mentor != null
              && !mentor.paused()
              && freeAfterOpenRequests(mentorId) > 0
              && sql.count(
                      "SELECT COUNT(*) FROM mentorships WHERE mentee_id = ? AND status = 'ACTIVE'",
                      mentee)
                  == 0
              && sql.count(
                      "SELECT COUNT(*) FROM mentor_requests WHERE mentee_id = ? AND status = 'OPEN'",
                      mentee)
                  == 0
              && activeMentees.contains(mentee);
      if (!stillFits) {
        skipped++;
        continue;
      }
      requests.create(mentee, mentorId, message, "COHORT", id);
      reservedNow.merge(mentorId, 1, Integer::sum);
      created++;
    }
    sql.update(
        "UPDATE cohort_proposals SET status = 'CONFIRMED', decided_at = ? WHERE id = ?",
        Instant.now(),
        id);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("requestsCreated", created);
    details.put("requestsSkipped", skipped);
    details.put("mentorsInvolved", reservedNow.size());
    audit.record(
        coordinatorId, name, "mentoring.cohort-confirmed", "cohort-proposal", id, null, details);
    return view(id, created, skipped).orElseThrow();
  }

  private long freeAfterOpenRequests(long mentorId) {
    return sql.one(
            "SELECT p.capacity - p.active_mentees - (SELECT COUNT(*) FROM mentor_requests r"
                + " WHERE r.mentor_id = p.member_id AND r.status = 'OPEN')"
                + " FROM mentor_profiles p WHERE p.member_id = ? FOR UPDATE",
            rs -> rs.getLong(1),
            mentorId)
        .orElse(0L);
  }

  private Optional<CohortProposalView> view(long id, Integer created, Integer skipped) {
    record Head(
        String status,
        String message,
        Instant createdAt,
        Long createdBy,
        Instant decidedAt,
        long total,
        long greedy,
        long elapsed) {}
    Optional<Head> head =
        sql.one(
            "SELECT p.status, p.message, p.created_at, p.created_by,"
                + " p.decided_at, p.total_score, p.greedy_score, p.elapsed_ms"
                + " FROM cohort_proposals p WHERE p.id = ?",
            rs ->
                new Head(
                    rs.getString(1),
                    rs.getString(2),
                    JdbcQueries.instant(rs, "created_at"),
                    JdbcQueries.nullableLong(rs, "created_by"),
                    JdbcQueries.instant(rs, "decided_at"),
                    rs.getLong(6),
                    rs.getLong(7),
                    rs.getLong(8)),
            id);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    Head h = head.get();
    record Assigned(long mentee, Long mentor, int score) {}
    List<Assigned> rows =
        sql.list(
            "SELECT a.mentee_id, a.mentor_id, a.score FROM cohort_assignments a"
                + " WHERE a.proposal_id = ?",
            rs ->
                new Assigned(
                    rs.getLong(1), JdbcQueries.nullableLong(rs, "mentor_id"), rs.getInt(3)),
            id);
    List<Long> named = new ArrayList<>();
    rows.forEach(
        a -> {
          named.add(a.mentee());
          if (a.mentor() != null) {
            named.add(a.mentor());
          }
        });
    if (h.createdBy != null) {
      named.add(h.createdBy);
    }
    Map<Long, MemberRef> names = space.refs(named);
    Collator byName = Collator.getInstance(Locale.forLanguageTag("da"));
    byName.setStrength(Collator.PRIMARY);
    List<CohortAssignmentView> assignments =
        rows.stream()
            .sorted(
                Comparator.comparing((Assigned a) -> a.mentor() == null)
                    .thenComparing(Assigned::score, Comparator.reverseOrder())
                    .thenComparing(a -> names.get(a.mentee()).displayName(), byName))
            .map(
                a ->
                    new CohortAssignmentView(
                        names.get(a.mentee()),
                        a.mentor() == null ? null : names.get(a.mentor()),
                        (int) Math.round(a.score() * 100.0 / MatchingEngine.FULL_SCORE)))
            .toList();
    int assigned = (int) assignments.stream().filter(a -> a.mentor() != null).count();
    return Optional.of(
        new CohortProposalView(
            id,
            h.status,
            h.message,
            h.createdAt,
            h.createdBy == null ? null : names.get(h.createdBy),
            h.decidedAt,
            h.total * 100.0 / MatchingEngine.FULL_SCORE,
            h.greedy * 100.0 / MatchingEngine.FULL_SCORE,
            h.elapsed,
            assignments.size(),
            assigned,
            assignments,
            created,
            skipped));
  }
}
