package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.helsebro.mentoring.matching.MenteeNeeds;
import no.helsebro.mentoring.matching.Shift;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.guard.PatientDataGuard;

/** A mentee's stated needs, and the engine's view of them (completed from the profile). */
@Singleton
class MenteeNeedsService {

  private final JdbcQueries sql;
  private final TermCatalog terms;
  private final MemberFacts facts;
  private final MenteePlaces places;

  MenteeNeedsService(JdbcQueries sql, TermCatalog terms, MemberFacts facts, MenteePlaces places) {
    this.sql = sql;
    this.terms = terms;
    this.facts = facts;
    this.places = places;
  }

  private record Row(
      long memberId,
      String goals,
      Long workplaceType,
      Long region,
      Long language,
      int availability,
      boolean sameRegion,
      boolean sameBackground,
      Instant updatedAt) {}

  private static final String SELECT =
      "SELECT member_id, goals, workplace_type_id, region_id, language_id, availability,"
          + " same_region, same_background, updated_at FROM mentee_needs";

  private static Row map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(
        rs.getLong("member_id"),
        rs.getString("goals"),
        JdbcQueries.nullableLong(rs, "workplace_type_id"),
        JdbcQueries.nullableLong(rs, "region_id"),
        JdbcQueries.nullableLong(rs, "language_id"),
        rs.getInt("availability"),
        rs.getBoolean("same_region"),
        rs.getBoolean("same_background"),
        JdbcQueries.instant(rs, "updated_at"));
  }

  /** The member's needs; when none are stated yet, a view prefilled from their profile. */
  MenteeNeedsView mine(long memberId) {
    Optional<Row> row = sql.one(SELECT + " WHERE member_id = ?", MenteeNeedsService::map, memberId);
    Optional<MemberFacts.Facts> f = facts.of(memberId);
    Long background = f.map(MemberFacts.Facts::background).orElse(null);
    if (row.isEmpty()) {
      return new MenteeNeedsView(
          List.of(),
          List.of(),
          null,
          term(f.map(MemberFacts.Facts::workplaceType).orElse(null)),
          term(f.map(MemberFacts.Facts::region).orElse(null)),
          null,
          term(background),
          List.of(),
          false,
          false,
          places.wanted(memberId),
          null);
    }
    Row r = row.get();
    List<TermCatalog.Term> needTerms = terms.all(termIds(memberId));
    return new MenteeNeedsView(
        ofKind(needTerms, TermCatalog.SYSTEM),
        ofKind(needTerms, TermCatalog.EXPERTISE),
        r.goals,
        term(r.workplaceType),
        term(r.region),
        term(r.language),
        term(background),
        new ArrayList<>(Shift.of(r.availability)),
        r.sameRegion,
        r.sameBackground,
        places.wanted(memberId),
        r.updatedAt);
  }

  boolean stated(long memberId) {
    return sql.count("SELECT COUNT(*) FROM mentee_needs WHERE member_id = ?", memberId) > 0;
  }

  @Transactional
  MenteeNeedsView save(long memberId, MenteeNeedsRequest r) {
    PatientDataGuard.requireNone("goals", r.goals());
    Set<Long> all = new LinkedHashSet<>();
    all.addAll(terms.require("systemIds", TermCatalog.SYSTEM, r.systemIds()));
    all.addAll(terms.require("topicIds", TermCatalog.EXPERTISE, r.topicIds()));
    Long workplace =
        terms.requireOne("workplaceTypeId", TermCatalog.WORKPLACE_TYPE, r.workplaceTypeId());
    Long region = terms.requireOne("regionId", TermCatalog.REGION, r.regionId());
    Long language = terms.requireOne("languageId", TermCatalog.LANGUAGE, r.languageId());
    String goals = r.goals() == null || r.goals().isBlank() ? null : r.goals().strip();
    sql.update(
        "INSERT INTO mentee_needs (member_id, goals, workplace_type_id, region_id, language_id,"
            + " availability, same_region, same_background) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE goals = VALUES(goals),"
            + " workplace_type_id = VALUES(workplace_type_id), region_id = VALUES(region_id),"
            + " language_id = VALUES(language_id), availability = VALUES(availability),"
            + " same_region = VALUES(same_region), same_background = VALUES(same_background),"
            + " updated_at = CURRENT_TIMESTAMP(6)",
        memberId,
        goals,
        workplace,
        region,
        language,
        Shift.mask(r.availability()),
        r.sameRegion(),
        r.sameBackground());
    if (r.maxMentorships() != null) {
      places.setWanted(memberId, r.maxMentorships());
    }
    sql.update("DELETE FROM mentee_need_terms WHERE member_id = ?", memberId);
    for (Long id : all) {
      sql.update("INSERT INTO mentee_need_terms (member_id, term_id) VALUES (?, ?)", memberId, id);
    }
    return mine(memberId);
  }

  /** The engine's view of one mentee's needs, or empty if they have stated none. */
  Optional<MenteeNeeds> needsFor(long memberId) {
    return Optional.ofNullable(needsFor(List.of(memberId)).get(memberId));
  }

  /** The engine's view of many mentees' needs (for cohorts); members without needs are left out. */
  Map<Long, MenteeNeeds> needsFor(Collection<Long> memberIds) {
    Map<Long, MenteeNeeds> out = new HashMap<>();
    List<Long> ids = new ArrayList<>(memberIds);
    for (int from = 0; from < ids.size(); from += 1000) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      Object[] params = chunk.toArray();
      String in = " IN (" + JdbcQueries.marks(chunk.size()) + ")";
      List<Row> rows = sql.list(SELECT + " WHERE member_id" + in, MenteeNeedsService::map, params);
      Map<Long, Set<Long>> termsOf = new HashMap<>();
      for (long[] pair :
          sql.list(
              "SELECT member_id, term_id FROM mentee_need_terms WHERE member_id" + in,
              rs -> new long[] {rs.getLong(1), rs.getLong(2)},
              params)) {
        termsOf.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
      }
      Map<Long, MemberFacts.Facts> f = facts.of(chunk);
      for (Row r : rows) {
        MemberFacts.Facts mf = f.get(r.memberId);
        Set<Long> systems = new HashSet<>();
        Set<Long> topics = new HashSet<>();
        for (Long id : termsOf.getOrDefault(r.memberId, Set.of())) {
          TermCatalog.Term t = terms.get(id);
          if (t != null && t.kind().equals(TermCatalog.SYSTEM)) {
            systems.add(id);
          } else if (t != null && t.kind().equals(TermCatalog.EXPERTISE)) {
            topics.add(id);
          }
        }
        Long workplace =
            r.workplaceType != null ? r.workplaceType : mf == null ? null : mf.workplaceType();
        Long region = r.region != null ? r.region : mf == null ? null : mf.region();
        Long background = mf == null ? null : mf.background();
        out.put(
            r.memberId,
            new MenteeNeeds(
                r.memberId,
                systems,
                topics,
                zero(workplace),
                zero(region),
                zero(background),
                zero(r.language),
                r.availability,
                r.sameRegion,
                r.sameBackground));
      }
    }
    return out;
  }

  private List<Long> termIds(long memberId) {
    return sql.list(
        "SELECT term_id FROM mentee_need_terms WHERE member_id = ?", rs -> rs.getLong(1), memberId);
  }

  private static long zero(@Nullable Long id) {
    return id == null ? 0 : id;
  }

  @Nullable
  private TermView term(@Nullable Long id) {
    if (id == null) {
      return null;
    }
    TermCatalog.Term t = terms.get(id);
    return t == null ? null : TermView.of(t);
  }

  private static List<TermView> ofKind(List<TermCatalog.Term> all, String kind) {
    return all.stream().filter(t -> t.kind().equals(kind)).map(TermView::of).toList();
  }
}
