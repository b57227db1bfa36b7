package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.platform.database.JdbcQueries;

/**
 * Member facts from the core {@code members} table and the professional profile ({@code
 * member_profiles}, {@code member_profile_terms}). The profiles module has no read facade yet; when
 * it has, this adapter is the one place to switch over (docs/adr/0405). A county without a region
 * counts as its health region.
 */
@Singleton
class ProfileMemberFacts implements MemberFacts {

  private final JdbcQueries sql;
  private final TermCatalog terms;

  ProfileMemberFacts(JdbcQueries sql, TermCatalog terms) {
    this.sql = sql;
    this.terms = terms;
  }

  @Override
  public Map<Long, Facts> of(Collection<Long> memberIds) {
    Map<Long, Facts> out = new HashMap<>();
    List<Long> ids = new ArrayList<>(memberIds);
    // In chunks, so a pool of thousands of mentors does not make one huge IN list.
    for (int from = 0; from < ids.size(); from += 1000) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      String in = " IN (" + JdbcQueries.marks(chunk.size()) + ")";
      Object[] params = chunk.toArray();
      Map<Long, Set<Long>> systems = new HashMap<>();
      Map<Long, Set<Long>> languages = new HashMap<>();
      for (Object[] row :
          sql.list(
              "SELECT member_id, relation, term_id FROM member_profile_terms WHERE member_id"
                  + in
                  + " AND relation IN ('SYSTEM_USED', 'SYSTEM_KNOWN', 'LANGUAGE')",
              rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)},
              params)) {
        long member = (Long) row[0];
        (row[1].equals("LANGUAGE") ? languages : systems)
            .computeIfAbsent(member, k -> new HashSet<>())
            .add((Long) row[2]);
      }
      for (Facts f :
          sql.list(
              "SELECT m.id, m.display_name, m.status, p.background_id, p.workplace_type_id,"
                  + " p.region_id, p.county_id FROM members m"
                  + " LEFT JOIN member_profiles p ON p.member_id = m.id WHERE m.id"
                  + in,
              rs -> {
                long id = rs.getLong("id");
                Long region = JdbcQueries.nullableLong(rs, "region_id");
                if (region == null) {
                  region = terms.regionOf(JdbcQueries.nullableLong(rs, "county_id"));
                }
                return new Facts(
                    id,
                    rs.getString("display_name"),
                    rs.getString("status"),
                    JdbcQueries.nullableLong(rs, "background_id"),
                    JdbcQueries.nullableLong(rs, "workplace_type_id"),
                    region,
                    systems.getOrDefault(id, Set.of()),
                    languages.getOrDefault(id, Set.of()));
              },
              params)) {
        out.put(f.memberId(), f);
      }
    }
    return out;
  }

  @Override
  public List<Long> peers(
      Set<Long> systemIds, @Nullable Long workplaceTypeId, Set<Long> excluded, int limit) {
    if (systemIds.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>(systemIds);
    String workplace = "";
    if (workplaceTypeId != null) {
      workplace = " AND p.workplace_type_id = ?";
      params.add(workplaceTypeId);
    }
    params.add(limit + excluded.size());
    List<Long> found =
        sql.list(
            "SELECT t.member_id FROM member_profile_terms t"
                + " JOIN members m ON m.id = t.member_id AND m.status = 'ACTIVE'"
                + " JOIN member_profiles p ON p.member_id = t.member_id"
                + " WHERE t.relation IN ('SYSTEM_USED', 'SYSTEM_KNOWN') AND t.term_id IN ("
                + JdbcQueries.marks(systemIds.size())
                + ")"
                + workplace
                + " GROUP BY t.member_id ORDER BY COUNT(DISTINCT t.term_id) DESC, t.member_id"
                + " LIMIT ?",
            rs -> rs.getLong(1),
            params.toArray());
    return found.stream().filter(id -> !excluded.contains(id)).limit(limit).toList();
  }
}
