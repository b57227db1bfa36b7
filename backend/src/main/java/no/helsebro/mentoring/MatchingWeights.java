package no.helsebro.mentoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.helsebro.mentoring.matching.Factor;
import no.helsebro.mentoring.matching.Weights;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.errors.Problem;

/** The matching weights coordinators tune, persisted in {@code matching_weights}. */
@Singleton
class MatchingWeights {

  private final MatchingWeightRepository weights;
  private final MentoringRevision revision;
  private final AuditLog audit;
  private final MemberFacts facts;

  MatchingWeights(
      MatchingWeightRepository weights,
      MentoringRevision revision,
      AuditLog audit,
      MemberFacts facts) {
    this.weights = weights;
    this.revision = revision;
    this.audit = audit;
    this.facts = facts;
  }

  Weights load() {
    Map<Factor, Integer> w = new EnumMap<>(Weights.defaults().asMap());
    for (MatchingWeight row : weights.findAll()) {
      try {
        w.put(Factor.valueOf(row.factor()), row.weight());
      } catch (IllegalArgumentException unknownFactor) {
        // A factor this version does not know: ignore it.
      }
    }
    return Weights.of(w);
  }

  MatchingWeightsView view() {
    Weights w = load();
    // When and by whom, unless the weights are still the migration's.
    Optional<MatchingWeight> last =
        weights.findFirstOrderByUpdatedAtDesc().filter(l -> l.updatedBy() != null);
    MemberRef by =
        last.flatMap(l -> facts.of(l.updatedBy()))
            .map(f -> new MemberRef(f.memberId(), f.displayName()))
            .orElse(null);
    return new MatchingWeightsView(
        asStrings(w), Weights.MAX, last.map(MatchingWeight::updatedAt).orElse(null), by);
  }

  @Transactional
  MatchingWeightsView save(long coordinatorId, MatchingWeightsRequest request) {
    Map<Factor, Integer> next = new EnumMap<>(Factor.class);
    for (Map.Entry<String, Integer> e : request.weights().entrySet()) {
      Factor f;
      try {
        f = Factor.valueOf(e.getKey());
      } catch (IllegalArgumentException unknown) {
        throw ApiException.invalidField(
            "weights." + e.getKey(), "unknown-factor", "No such matching factor");
      }
      Integer v = e.getValue();
      if (v == null || v < 0 || v > Weights.MAX) {
        throw ApiException.invalidField(
            "weights." + e.getKey(), "weight-range", "A weight is a whole number from 0 to 10");
      }
      next.put(f, v);
    }
    for (Factor f : Factor.values()) {
      if (!next.containsKey(f)) {
        throw new ApiException(
            io.micronaut.http.HttpStatus.BAD_REQUEST,
            "weights-incomplete",
            "Bad Request",
            "Give a weight for every factor",
            List.of(new Problem.FieldError("weights." + f.name(), "missing", "required")));
      }
    }
    Weights before = load();
    for (Map.Entry<Factor, Integer> e : next.entrySet()) {
      weights.set(e.getKey().name(), e.getValue(), coordinatorId);
    }
    String name = facts.of(coordinatorId).map(MemberFacts.Facts::displayName).orElse("");
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("before", asStrings(before));
    details.put("after", asStrings(Weights.of(next)));
    audit.record(coordinatorId, name, "matching.weights-changed", "matching", null, null, details);
    revision.bump();
    return view();
  }

  private static Map<String, Integer> asStrings(Weights w) {
    Map<String, Integer> out = new LinkedHashMap<>();
    w.asMap().forEach((f, v) -> out.put(f.name(), v));
    return out;
  }
}
