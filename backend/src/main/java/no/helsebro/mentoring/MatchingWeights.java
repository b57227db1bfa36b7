package no.helsebro.mentoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.mentoring.matching.Factor;
import no.helsebro.mentoring.matching.Weights;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.errors.Problem;

/** The matching weights coordinators tune, persisted in {@code matching_weights}. */
@Singleton
class MatchingWeights {

  private final JdbcQueries sql;
  private final MentoringRevision revision;
  private final AuditLog audit;
  private final MemberFacts facts;

  MatchingWeights(JdbcQueries sql, MentoringRevision revision, AuditLog audit, MemberFacts facts) {
    this.sql = sql;
    this.revision = revision;
    this.audit = audit;
    this.facts = facts;
  }

  Weights load() {
    Map<Factor, Integer> w = new EnumMap<>(Weights.defaults().asMap());
    for (Object[] row :
        sql.list(
            "SELECT factor, weight FROM matching_weights",
            rs -> new Object[] {rs.getString(1), rs.getInt(2)})) {
      try {
        w.put(Factor.valueOf((String) row[0]), (Integer) row[1]);
      } catch (IllegalArgumentException unknownFactor) {
        // A factor this version does not know: ignore it.
      }
    }
    return Weights.of(w);
  }

  MatchingWeightsView view() {
    Weights w = load();
    record Last(Instant at, Long by) {}
    Last last =
        sql.one(
                "SELECT updated_at, updated_by FROM matching_weights"
                    + " ORDER BY updated_at DESC LIMIT 1",
                rs ->
                    new Last(
                        JdbcQueries.instant(rs, "updated_at"),
                        JdbcQueries.nullableLong(rs, "updated_by")))
            .orElse(new Last(null, null));
    MemberRef by =
        last.by == null
            ? null
            : facts.of(last.by).map(f -> new MemberRef(f.memberId(), f.displayName())).orElse(null);
    return new MatchingWeightsView(asStrings(w), Weights.MAX, last.by == null ? null : last.at, by);
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
      sql.update(
          "INSERT INTO matching_weights (factor, weight, updated_by) VALUES (?, ?, ?)"
              + " ON DUPLICATE KEY UPDATE weight = VALUES(weight), updated_by = VALUES(updated_by),"
              + " updated_at = CURRENT_TIMESTAMP(6)",
          e.getKey().name(),
          e.getValue(),
          coordinatorId);
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
