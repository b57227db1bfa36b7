package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.helsebro.mentoring.matching.FactorResult;
import no.helsebro.mentoring.matching.Match;
import no.helsebro.mentoring.matching.MatchingEngine;
import no.helsebro.mentoring.matching.MenteeNeeds;

/** Ranked, explained mentor suggestions for one mentee. */
@Singleton
class SuggestionService {

  private final MentorPool pool;
  private final MenteeNeedsService needs;
  private final MentorViews views;
  private final MentorRequestRepository requests;

  SuggestionService(
      MentorPool pool,
      MenteeNeedsService needs,
      MentorViews views,
      MentorRequestRepository requests) {
    this.pool = pool;
    this.needs = needs;
    this.views = views;
    this.requests = requests;
  }

  /**
   * The best {@code limit} mentors for the member's stated needs. Mentors they already work with or
   * have an open request to are left out: there is nothing to decide about them.
   */
  SuggestionsView suggest(long menteeId, int limit) {
    Optional<MenteeNeeds> stated = needs.needsFor(menteeId);
    if (stated.isEmpty()) {
      return new SuggestionsView(false, List.of());
    }
    Set<Long> skip = new HashSet<>(requests.mentorsEngagedWith(menteeId));
    MentorPool.Snapshot snapshot = pool.current();
    List<MatchingEngine.Prepared> candidates = snapshot.prepared();
    if (!skip.isEmpty()) {
      candidates = candidates.stream().filter(p -> !skip.contains(p.candidate().id())).toList();
    }
    MatchingEngine engine = new MatchingEngine(snapshot.weights());
    List<SuggestionView> items = new ArrayList<>();
    for (Match m : engine.rank(stated.get(), candidates, limit)) {
      items.add(
          new SuggestionView(
              views.summary(snapshot.byId().get(m.mentorId())),
              (int) Math.round(m.score() * 100.0 / MatchingEngine.FULL_SCORE),
              m.reasons().stream().map(this::factor).toList(),
              m.shortfalls().stream().map(this::factor).toList()));
    }
    return new SuggestionsView(true, items);
  }

  private FactorView factor(FactorResult r) {
    return new FactorView(
        r.factor(),
        r.weight(),
        r.share(),
        views.views(r.matchedTerms()),
        views.views(r.missingTerms()),
        List.copyOf(r.matchedShifts()),
        List.copyOf(r.missingShifts()));
  }
}
