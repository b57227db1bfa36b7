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
  private final SendMentorRequest requests;
  private final TermCatalog terms;
  private final AuditLog audit;
  private final MemberFacts facts;
  private final ActiveMembers members;
  private final MentorshipSpace space;
  private final MenteeNeedTermRepository needTerms;
  private final CohortProposalRepository proposals;
  private final MentorshipRepository mentorships;
  private final MentorRequestRepository requestRows;

  CohortService(
      JdbcQueries sql,
      MentorPool pool,
      MenteeNeedsService needs,
      SendMentorRequest requests,
      TermCatalog terms,
      AuditLog audit,
      MemberFacts facts,
      ActiveMembers members,
      MentorshipSpace space,
      MenteeNeedTermRepository needTerms,
      CohortProposalRepository proposals,
      MentorshipRepository mentorships,
      MentorRequestRepository requestRows) {
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
    this.proposals = proposals;
    this.mentorships = mentorships;
    this.requestRows = requestRows;
  }

  /**
   * Mentees with stated needs, no active mentorship and no open request; whether they are active
   * members is asked of the member directory ({@link ActiveMembers}). Hand-written: two NOT EXISTS
   * over thousands of mentees in one statement (docs/adr/0408).
   */
  private static final String CANDIDATES =
      "SELECT n.member_id, n.updated_at FROM mentee_needs n"
          + " WHERE NOT EXISTS (SELECT 1 FROM mentorships s WHERE s.mentee_id = n.member_id"
          + " AND s.status = 'ACTIVE')"
          + " AND NOT EXISTS (SELECT 1 FROM mentor_requests r WHERE r.mentee_id = n.member_id"
          + " AND r.status = 'OPEN')";

  List<CohortCandidateView> candidates() {
    record Row(long id, Instant updatedAt) {}
    // Hand-written SQL: the candidates' two NOT EXISTS (see CANDIDATES above).
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
    // Hand-written: one GROUP BY instead of a count per mentor (docs/adr/0408).
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
        proposals
            .save(
                CohortProposal.proposed(
                    coordinatorId, p.message().strip(), optimal.total(), greedy.total(), elapsedMs))
            .id();
    int[] mentorOf = optimal.mentorOf();
    // Hand-written multi-row inserts: a cohort of thousands is a handful of statements.
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
    CohortProposal proposal =
        proposals.findByIdForUpdate(id).orElseThrow(() -> ApiException.notFound("Cohort proposal"));
    String status = proposal.status();
    if (!"PROPOSED".equals(status)) {
      throw ApiException.conflict("proposal-decided", "This proposal has already been decided.")
          .with("proposalStatus", status);
    }
    String name = facts.of(coordinatorId).map(MemberFacts.Facts::displayName).orElse("");
    if (d.status() == CohortDecision.Status.DISCARDED) {
      proposals.decide(id, "DISCARDED", Instant.now());
      return view(id, null, null).orElseThrow();
    }
    Set<Long> excluded =
        d.excludedMenteeIds() == null ? Set.of() : new HashSet<>(d.excludedMenteeIds());
    String message = proposal.message();
    MentorPool.Snapshot snapshot = pool.current();
    int created = 0;
    int skipped = 0;
    Map<Long, Integer> reservedNow = new HashMap<>();
    List<CohortProposalRepository.Pairing> pairs = proposals.assigned(id);
    Set<Long> activeMentees =
        members.among(pairs.stream().map(CohortProposalRepository.Pairing::menteeId).toList());
    for (CohortProposalRepository.Pairing pair : pairs) {
      long mentee = pair.menteeId();
      long mentorId = pair.mentorId();
      if (excluded.contains(mentee)) {
        continue;
      }
      MentorPool.Mentor mentor = snapshot.byId().get(mentorId);
      boolean stillFits =
          mentor != null
              && !mentor.paused()
              && freeAfterOpenRequests(mentorId) > 0
              && mentorships.countByMenteeIdAndStatus(mentee, "ACTIVE") == 0
              && requestRows.countByMenteeIdAndStatus(mentee, "OPEN") == 0
              && activeMentees.contains(mentee);
      if (!stillFits) {
        skipped++;
        continue;
      }
      requests.create(mentee, mentorId, message, "COHORT", id);
      reservedNow.merge(mentorId, 1, Integer::sum);
      created++;
    }
    proposals.decide(id, "CONFIRMED", Instant.now());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("requestsCreated", created);
    details.put("requestsSkipped", skipped);
    details.put("mentorsInvolved", reservedNow.size());
    audit.record(
        coordinatorId, name, "mentoring.cohort-confirmed", "cohort-proposal", id, null, details);
    return view(id, created, skipped).orElseThrow();
  }

  /** Hand-written: the mentor's row locked with its open requests counted, in one statement. */
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
    Optional<CohortProposal> head = proposals.findById(id);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    CohortProposal h = head.get();
    List<CohortProposalRepository.Pairing> rows = proposals.pairings(id);
    List<Long> named = new ArrayList<>();
    rows.forEach(
        a -> {
          named.add(a.menteeId());
          if (a.mentorId() != null) {
            named.add(a.mentorId());
          }
        });
    if (h.createdBy() != null) {
      named.add(h.createdBy());
    }
    Map<Long, MemberRef> names = space.refs(named);
    Collator byName = Collator.getInstance(Locale.forLanguageTag("da"));
    byName.setStrength(Collator.PRIMARY);
    List<CohortAssignmentView> assignments =
        rows.stream()
            .sorted(
                Comparator.comparing((CohortProposalRepository.Pairing a) -> a.mentorId() == null)
                    .thenComparing(
                        CohortProposalRepository.Pairing::score, Comparator.reverseOrder())
                    .thenComparing(a -> names.get(a.menteeId()).displayName(), byName))
            .map(
                a ->
                    new CohortAssignmentView(
                        names.get(a.menteeId()),
                        a.mentorId() == null ? null : names.get(a.mentorId()),
                        (int) Math.round(a.score() * 100.0 / MatchingEngine.FULL_SCORE)))
            .toList();
    int assigned = (int) assignments.stream().filter(a -> a.mentor() != null).count();
    return Optional.of(
        new CohortProposalView(
            id,
            h.status(),
            h.message(),
            h.createdAt(),
            h.createdBy() == null ? null : names.get(h.createdBy()),
            h.decidedAt(),
            h.totalScore() * 100.0 / MatchingEngine.FULL_SCORE,
            h.greedyScore() * 100.0 / MatchingEngine.FULL_SCORE,
            h.elapsedMs(),
            assignments.size(),
            assigned,
            assignments,
            created,
            skipped));
  }
}
