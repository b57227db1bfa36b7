package no.helsebro.mentoring.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Ranks mentors for a mentee by a weighted score and explains each suggestion. Plain Java, no
 * framework: the rules live here and are unit-tested directly.
 *
 * <p>Each factor gives a share from 0 to 1 (e.g. 2 of the 3 systems the mentee named). Only factors
 * that apply to this mentee count: a mentee who named no topics, or who does not ask for someone
 * from their own region, is not scored on them. The score is the weighted mean of the applicable
 * shares, scaled to 0..{@link #FULL_SCORE}, so that every mentee's best possible mentor scores the
 * same and cohort totals treat mentees alike.
 *
 * <p>A mentor is eligible when they are not the mentee, are not paused and have a free place.
 */
public final class MatchingEngine {

  /** The score of a mentor who meets everything the mentee asked for. */
  public static final int FULL_SCORE = 10_000;

  private final Weights weights;

  public MatchingEngine(Weights weights) {
    this.weights = weights;
  }

  public Weights weights() {
    return weights;
  }

  /** A mentor prepared once for many evaluations (sets turned into sorted arrays). */
  public static final class Prepared {
    final MentorCandidate candidate;
    final long[] systems;
    final long[] topics;
    final long[] workplaceTypes;
    final long[] regions;
    final long[] languages;

    Prepared(MentorCandidate c) {
      this.candidate = c;
      this.systems = Terms.of(c.systems());
      this.topics = Terms.of(c.topics());
      this.workplaceTypes = Terms.of(c.workplaceTypes());
      this.regions = Terms.of(c.regions());
      this.languages = Terms.of(c.languages());
    }

    public MentorCandidate candidate() {
      return candidate;
    }
  }

  /** A mentee's needs prepared once for scoring against many mentors. */
  public static final class PreparedNeeds {
    final MenteeNeeds needs;
    final long[] systems;
    final long[] topics;

    PreparedNeeds(MenteeNeeds needs) {
      this.needs = needs;
      this.systems = Terms.of(needs.systems());
      this.topics = Terms.of(needs.topics());
    }

    public MenteeNeeds needs() {
      return needs;
    }
  }

  public static Prepared prepare(MentorCandidate candidate) {
    return new Prepared(candidate);
  }

  public static List<Prepared> prepare(Collection<MentorCandidate> candidates) {
    List<Prepared> out = new ArrayList<>(candidates.size());
    for (MentorCandidate c : candidates) {
      out.add(new Prepared(c));
    }
    return out;
  }

  public static PreparedNeeds prepare(MenteeNeeds needs) {
    return new PreparedNeeds(needs);
  }

  /** True when this mentor may be suggested to this mentee at all. */
  public static boolean eligible(MenteeNeeds needs, MentorCandidate mentor) {
    return mentor.id() != needs.menteeId() && mentor.available();
  }

  /**
   * The score of a mentor for a mentee, 0..{@link #FULL_SCORE}, without explanation (fast path for
   * ranking and cohorts). Does not check eligibility. The {@link Factor#LOAD} factor uses the
   * mentor's current load.
   */
  public int score(PreparedNeeds n, Prepared m) {
    MenteeNeeds needs = n.needs;
    MentorCandidate c = m.candidate;
    double sum = 0;
    int total = 0;
    int w;
    if ((w = weights.of(Factor.SYSTEMS)) > 0 && n.systems.length > 0) {
      sum += w * (double) Terms.intersectionSize(n.systems, m.systems) / n.systems.length;
      total += w;
    }
    if ((w = weights.of(Factor.TOPICS)) > 0 && n.topics.length > 0) {
      sum += w * (double) Terms.intersectionSize(n.topics, m.topics) / n.topics.length;
      total += w;
    }
    if ((w = weights.of(Factor.WORKPLACE_TYPE)) > 0 && needs.workplaceType() != 0) {
      sum += Terms.contains(m.workplaceTypes, needs.workplaceType()) ? w : 0;
      total += w;
    }
    if ((w = weights.of(Factor.REGION)) > 0 && needs.sameRegion() && needs.region() != 0) {
      sum += Terms.contains(m.regions, needs.region()) ? w : 0;
      total += w;
    }
    if ((w = weights.of(Factor.BACKGROUND)) > 0
        && needs.sameBackground()
        && needs.background() != 0) {
      sum += c.background() == needs.background() ? w : 0;
      total += w;
    }
    if ((w = weights.of(Factor.LANGUAGE)) > 0 && needs.language() != 0) {
      sum += Terms.contains(m.languages, needs.language()) ? w : 0;
      total += w;
    }
    if ((w = weights.of(Factor.AVAILABILITY)) > 0 && needs.availability() != 0) {
      sum +=
          w
              * (double) Integer.bitCount(needs.availability() & c.availability())
              / Integer.bitCount(needs.availability());
      total += w;
    }
    if ((w = weights.of(Factor.LOAD)) > 0 && c.capacity() > 0) {
      sum += w * (double) c.freePlaces() / c.capacity();
      total += w;
    }
    return total == 0 ? 0 : (int) Math.round(FULL_SCORE * sum / total);
  }

  /** Scores and explains one mentor for one mentee; empty when the mentor is not eligible. */
  public Optional<Match> evaluate(MenteeNeeds needs, MentorCandidate mentor) {
    if (!eligible(needs, mentor)) {
      return Optional.empty();
    }
    return Optional.of(explain(new PreparedNeeds(needs), new Prepared(mentor)));
  }

  /** The full explanation of a score: every applicable factor with its facts. */
  public Match explain(PreparedNeeds n, Prepared m) {
    MenteeNeeds needs = n.needs;
    MentorCandidate c = m.candidate;
    List<FactorResult> factors = new ArrayList<>();
    Set<Shift> none = Set.of();
    Set<Long> noTerms = Set.of();
    int w;
    if ((w = weights.of(Factor.SYSTEMS)) > 0 && n.systems.length > 0) {
      factors.add(overlap(Factor.SYSTEMS, w, n.systems, m.systems));
    }
    if ((w = weights.of(Factor.TOPICS)) > 0 && n.topics.length > 0) {
      factors.add(overlap(Factor.TOPICS, w, n.topics, m.topics));
    }
    if ((w = weights.of(Factor.WORKPLACE_TYPE)) > 0 && needs.workplaceType() != 0) {
      factors.add(single(Factor.WORKPLACE_TYPE, w, needs.workplaceType(), m.workplaceTypes));
    }
    if ((w = weights.of(Factor.REGION)) > 0 && needs.sameRegion() && needs.region() != 0) {
      factors.add(single(Factor.REGION, w, needs.region(), m.regions));
    }
    if ((w = weights.of(Factor.BACKGROUND)) > 0
        && needs.sameBackground()
        && needs.background() != 0) {
      boolean same = c.background() == needs.background();
      factors.add(
          new FactorResult(
              Factor.BACKGROUND,
              w,
              same ? 1 : 0,
              same ? Set.of(needs.background()) : noTerms,
              same ? noTerms : Set.of(needs.background()),
              none,
              none));
    }
    if ((w = weights.of(Factor.LANGUAGE)) > 0 && needs.language() != 0) {
      factors.add(single(Factor.LANGUAGE, w, needs.language(), m.languages));
    }
    if ((w = weights.of(Factor.AVAILABILITY)) > 0 && needs.availability() != 0) {
      int both = needs.availability() & c.availability();
      int onlyMentee = needs.availability() & ~c.availability();
      factors.add(
          new FactorResult(
              Factor.AVAILABILITY,
              w,
              (double) Integer.bitCount(both) / Integer.bitCount(needs.availability()),
              noTerms,
              noTerms,
              Shift.of(both),
              Shift.of(onlyMentee)));
    }
    if ((w = weights.of(Factor.LOAD)) > 0 && c.capacity() > 0) {
      factors.add(
          new FactorResult(
              Factor.LOAD,
              w,
              (double) c.freePlaces() / c.capacity(),
              noTerms,
              noTerms,
              none,
              none));
    }
    return new Match(c.id(), score(n, m), factors);
  }

  /** The share of the wanted terms the mentor has, with those shared and those missing. */
  private static FactorResult overlap(Factor factor, int weight, long[] wanted, long[] has) {
    return new FactorResult(
        factor,
        weight,
        (double) Terms.intersectionSize(wanted, has) / wanted.length,
        Terms.shared(wanted, has),
        Terms.missing(wanted, has),
        Set.of(),
        Set.of());
  }

  private static FactorResult single(Factor factor, int weight, long wanted, long[] offered) {
    boolean has = Terms.contains(offered, wanted);
    return new FactorResult(
        factor,
        weight,
        has ? 1 : 0,
        has ? Set.of(wanted) : Set.of(),
        has ? Set.of() : Set.of(wanted),
        Set.of(),
        Set.of());
  }

  /**
   * The best {@code limit} eligible mentors for a mentee, best first, each explained. Ties go to
   * the mentor with more free places, then the lower id, so the order is stable.
   */
  public List<Match> rank(MenteeNeeds needs, List<Prepared> mentors, int limit) {
    PreparedNeeds n = new PreparedNeeds(needs);
    Comparator<Scored> worstFirst =
        Comparator.comparingInt(Scored::score)
            .thenComparingInt(s -> s.mentor.candidate.freePlaces())
            .thenComparing(
                Comparator.comparingLong((Scored s) -> s.mentor.candidate.id()).reversed());
    PriorityQueue<Scored> best = new PriorityQueue<>(worstFirst);
    for (Prepared m : mentors) {
      if (!eligible(needs, m.candidate)) {
        continue;
      }
      Scored s = new Scored(m, score(n, m));
      if (best.size() < limit) {
        best.add(s);
      } else if (limit > 0 && worstFirst.compare(s, best.peek()) > 0) {
        best.poll();
        best.add(s);
      }
    }
    List<Scored> top = new ArrayList<>(best);
    top.sort(worstFirst.reversed());
    List<Match> out = new ArrayList<>(top.size());
    for (Scored s : top) {
      out.add(explain(n, s.mentor));
    }
    return out;
  }

  private record Scored(Prepared mentor, int score) {}
}
