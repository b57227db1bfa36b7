package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.platform.database.JdbcQueries;

/**
 * Bulk reads of profile facts for other modules (groups, insights): region, workplace type and
 * systems of many members at once, and directory cards for a list of members. Only active members
 * are returned, as the directory shows them.
 */
@Singleton
public class ProfileFacts {

  private final JdbcQueries sql;
  private final TaxonomyService taxonomies;

  ProfileFacts(JdbcQueries sql, TaxonomyService taxonomies) {
    this.sql = sql;
    this.taxonomies = taxonomies;
  }

  /**
   * What groups and insights need of a member's profile.
   *
   * @param joinedAt when the member was approved (or registered, if approved at once)
   * @param regionId their health region (a county's region when only the county is given)
   * @param systemIds systems they use or know
   */
  public record MemberFacts(
      long memberId,
      Instant joinedAt,
      @Nullable Long regionId,
      @Nullable Long workplaceTypeId,
      Set<Long> systemIds) {}

  /** Active members with an id above {@code afterMemberId}, by id; at most limit. */
  public List<MemberFacts> activeMembers(long afterMemberId, int limit) {
    record Row(long id, Instant joined, Long region, Long workplace) {}
    List<Row> rows =
        sql.list(
            "SELECT m.id, COALESCE(m.approved_at, m.created_at) AS joined_at,"
                + " COALESCE(p.region_id, c.parent_id) AS region_id, p.workplace_type_id"
                + " FROM members m LEFT JOIN member_profiles p ON p.member_id = m.id"
                + " LEFT JOIN taxonomy_terms c ON c.id = p.county_id"
                + " WHERE m.id > ? AND m.status = 'ACTIVE' ORDER BY m.id LIMIT ?",
            rs ->
                new Row(
                    rs.getLong(1),
                    JdbcQueries.instant(rs, "joined_at"),
                    JdbcQueries.nullableLong(rs, "region_id"),
                    JdbcQueries.nullableLong(rs, "workplace_type_id")),
            afterMemberId,
            Math.max(1, limit));
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Set<Long>> systems = systemsOf(rows.stream().map(Row::id).toList());
    List<MemberFacts> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(
          new MemberFacts(
              r.id(),
              r.joined(),
              r.region(),
              r.workplace(),
              systems.getOrDefault(r.id(), Set.of())));
    }
    return out;
  }

  /** One active member's facts; empty when the member is not active. */
  public java.util.Optional<MemberFacts> of(long memberId) {
    return activeMembers(memberId - 1, 1).stream()
        .filter(f -> f.memberId() == memberId)
        .findFirst();
  }

  private Map<Long, Set<Long>> systemsOf(Collection<Long> memberIds) {
    Map<Long, Set<Long>> out = new HashMap<>();
    for (long[] row :
        sql.list(
            "SELECT member_id, term_id FROM member_profile_terms WHERE relation IN"
                + " ('SYSTEM_USED', 'SYSTEM_KNOWN') AND member_id IN ("
                + JdbcQueries.marks(memberIds.size())
                + ")",
            rs -> new long[] {rs.getLong(1), rs.getLong(2)},
            memberIds.toArray())) {
      out.computeIfAbsent(row[0], k -> new LinkedHashSet<>()).add(row[1]);
    }
    return out;
  }

  /**
   * Directory cards of the given members that the directory shows (active members), in the order
   * given.
   */
  public List<MemberCard> cards(Collection<Long> memberIds) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    record Row(long id, String name, String title, String org, Long bg, Long wp, Long region) {}
    Map<Long, Row> rows = new HashMap<>();
    for (Row r :
        sql.list(
            "SELECT m.id, m.display_name, p.title, p.organisation, p.background_id,"
                + " p.workplace_type_id, p.region_id FROM members m"
                + " LEFT JOIN member_profiles p ON p.member_id = m.id"
                + " WHERE m.status = 'ACTIVE' AND m.id IN ("
                + JdbcQueries.marks(memberIds.size())
                + ")",
            rs ->
                new Row(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    JdbcQueries.nullableLong(rs, "background_id"),
                    JdbcQueries.nullableLong(rs, "workplace_type_id"),
                    JdbcQueries.nullableLong(rs, "region_id")),
            memberIds.toArray())) {
      rows.put(r.id(), r);
    }
    Set<Long> termIds = new LinkedHashSet<>();
    rows.values()
        .forEach(
            r -> {
              if (r.bg() != null) termIds.add(r.bg());
              if (r.wp() != null) termIds.add(r.wp());
              if (r.region() != null) termIds.add(r.region());
            });
    Map<Long, TaxonomyTerm> terms = taxonomies.byIds(termIds);
    Map<Long, MemberCard> cards = new LinkedHashMap<>();
    for (Long id : memberIds) {
      Row r = rows.get(id);
      if (r != null) {
        cards.put(
            id,
            new MemberCard(
                r.id(),
                r.name(),
                r.title(),
                r.org(),
                ref(terms, r.bg()),
                ref(terms, r.wp()),
                ref(terms, r.region())));
      }
    }
    return List.copyOf(cards.values());
  }

  private static @Nullable TermRef ref(Map<Long, TaxonomyTerm> terms, @Nullable Long id) {
    TaxonomyTerm t = id == null ? null : terms.get(id);
    return t == null ? null : TermRef.of(t);
  }

  /** The systems (term ids) a member uses or knows, as their profile says. */
  public Set<Long> systemIds(long memberId) {
    return systemsOf(List.of(memberId)).getOrDefault(memberId, Set.of());
  }
}
