package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import no.helsebro.accounts.MemberAccessChanged;
import no.helsebro.accounts.MemberActivated;
import no.helsebro.accounts.MemberDeleted;
import no.helsebro.accounts.MemberSuspended;
import no.helsebro.mentoring.matching.MatchingEngine;
import no.helsebro.mentoring.matching.MentorCandidate;
import no.helsebro.mentoring.matching.Weights;
import no.helsebro.platform.changes.CacheListener;
import no.helsebro.platform.changes.FeedEntry;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.profiles.ProfileUpdated;

/**
 * Every active mentor with what matching and the directory need, held in memory together with the
 * matching weights (docs/adr/0401). Ranking 2,000 mentors then costs one small query and some
 * arithmetic. Rebuilt when {@link MentoringRevision} moves (mentoring's own writes, seen by every
 * node on its next request), and when the change feed says a member's facts changed in another
 * module (a profile saved, a member renamed, suspended, back from a suspension or deleted: at
 * commit on the node that made it, within a poll elsewhere); {@code pool-max-age} is a safety net
 * for changes made without an event.
 */
@Singleton
class MentorPool implements CacheListener {

  private static final Set<Class<? extends FeedEvent>> EVENTS =
      Set.of(
          ProfileUpdated.class,
          MemberSuspended.class,
          MemberDeleted.class,
          MemberActivated.class,
          MemberAccessChanged.class);

  private final JdbcQueries sql;
  private final MentoringRevision revision;
  private final MemberFacts facts;
  private final TermCatalog terms;
  private final MatchingWeights weights;
  private final long maxAgeNanos;
  private final AtomicLong generation = new AtomicLong();
  private volatile Snapshot snapshot;

  MentorPool(
      JdbcQueries sql,
      MentoringRevision revision,
      MemberFacts facts,
      TermCatalog terms,
      MatchingWeights weights,
      MentoringConfig config) {
    this.weights = weights;
    this.sql = sql;
    this.revision = revision;
    this.facts = facts;
    this.terms = terms;
    this.maxAgeNanos = config.getPoolMaxAge().toNanos();
  }

  /** A mentor as listed and matched: their declared profile plus their member facts. */
  record Mentor(
      long id,
      String displayName,
      int capacity,
      int activeMentees,
      int availability,
      String contactMode,
      String introduction,
      boolean paused,
      Instant since,
      Set<Long> systems,
      Set<Long> topics,
      Set<Long> workplaceTypes,
      Set<Long> regions,
      Set<Long> languages,
      MemberFacts.Facts facts,
      MatchingEngine.Prepared prepared) {

    MentorCandidate candidate() {
      return prepared.candidate();
    }

    int freePlaces() {
      return Math.max(0, capacity - activeMentees);
    }
  }

  /** The pool at one revision. */
  record Snapshot(
      long revision,
      long generation,
      long loadedAt,
      List<Mentor> mentors,
      Map<Long, Mentor> byId,
      List<MatchingEngine.Prepared> prepared,
      Weights weights) {

    boolean current(long revision, long generation, long maxAgeNanos) {
      return this.revision == revision
          && this.generation == generation
          && System.nanoTime() - loadedAt <= maxAgeNanos;
    }
  }

  Snapshot current() {
    long rev = revision.current();
    Snapshot s = snapshot;
    if (s == null || !s.current(rev, generation.get(), maxAgeNanos)) {
      s = reload(rev);
    }
    return s;
  }

  /** Forget the pool: the next request rebuilds it. */
  void invalidate() {
    generation.incrementAndGet();
  }

  @Override
  public Set<Class<? extends FeedEvent>> events() {
    return EVENTS;
  }

  @Override
  public void onChange(FeedEntry<? extends FeedEvent> entry) {
    if (entry.event() instanceof MemberAccessChanged changed
        && changed.what() != MemberAccessChanged.What.RENAMED
        && changed.what() != MemberAccessChanged.What.SUSPENSION_LIFTED) {
      return;
    }
    invalidate();
  }

  private synchronized Snapshot reload(long rev) {
    long gen = generation.get();
    Snapshot s = snapshot;
    if (s != null && s.current(rev, gen, maxAgeNanos)) {
      return s; // another thread reloaded while this one waited
    }
    record Row(
        long id,
        int capacity,
        int active,
        int availability,
        String contactMode,
        String introduction,
        boolean paused,
        Instant since) {}
    // Hand-written SQL: the whole pool in two bulk reads, loaded into memory (ADR 0401).
    List<Row> rows =
        sql.list(
            "SELECT p.member_id, p.capacity, p.active_mentees, p.availability, p.contact_mode,"
                + " p.introduction, p.paused, p.created_at FROM mentor_profiles p",
            rs ->
                new Row(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getBoolean(7),
                    JdbcQueries.instant(rs, "created_at")));
    Map<Long, Map<String, Set<Long>>> declared = new HashMap<>();
    for (long[] pair :
        sql.list(
            "SELECT member_id, term_id FROM mentor_terms",
            rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
      TermCatalog.Term t = terms.get(pair[1]);
      if (t != null) {
        declared
            .computeIfAbsent(pair[0], k -> new HashMap<>())
            .computeIfAbsent(t.kind(), k -> new HashSet<>())
            .add(t.id());
      }
    }
    List<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, MemberFacts.Facts> byMember = facts.of(ids);
    List<Mentor> mentors = new ArrayList<>(rows.size());
    Map<Long, Mentor> byId = new HashMap<>();
    for (Row r : rows) {
      MemberFacts.Facts f = byMember.get(r.id);
      if (f == null || !f.active()) {
        continue;
      }
      Map<String, Set<Long>> d = declared.getOrDefault(r.id, Map.of());
      Set<Long> systems = d.getOrDefault(TermCatalog.SYSTEM, Set.of());
      Set<Long> topics = d.getOrDefault(TermCatalog.EXPERTISE, Set.of());
      Set<Long> workplaces = d.getOrDefault(TermCatalog.WORKPLACE_TYPE, Set.of());
      Set<Long> regions = d.getOrDefault(TermCatalog.REGION, Set.of());
      Set<Long> languages = d.getOrDefault(TermCatalog.LANGUAGE, Set.of());
      MentorCandidate c =
          new MentorCandidate(
              r.id,
              union(systems, f.systems()),
              topics,
              union(workplaces, f.workplaceType()),
              union(regions, f.region()),
              f.background() == null ? 0 : f.background(),
              union(languages, f.languages()),
              r.availability,
              r.capacity,
              r.active,
              r.paused);
      Mentor m =
          new Mentor(
              r.id,
              f.displayName(),
              r.capacity,
              r.active,
              r.availability,
              r.contactMode,
              r.introduction,
              r.paused,
              r.since,
              Set.copyOf(systems),
              Set.copyOf(topics),
              Set.copyOf(workplaces),
              Set.copyOf(regions),
              Set.copyOf(languages),
              f,
              MatchingEngine.prepare(c));
      mentors.add(m);
      byId.put(m.id, m);
    }
    // Stamped with the generation from before the reads: a change committing meanwhile makes the
    // pool stale at once.
    Snapshot fresh =
        new Snapshot(
            rev,
            gen,
            System.nanoTime(),
            List.copyOf(mentors),
            Map.copyOf(byId),
            mentors.stream().map(Mentor::prepared).toList(),
            weights.load());
    snapshot = fresh;
    return fresh;
  }

  private static Set<Long> union(Set<Long> a, Set<Long> b) {
    if (b.isEmpty()) {
      return a;
    }
    Set<Long> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }

  private static Set<Long> union(Set<Long> a, Long b) {
    if (b == null) {
      return a;
    }
    Set<Long> out = new HashSet<>(a);
    out.add(b);
    return out;
  }
}
