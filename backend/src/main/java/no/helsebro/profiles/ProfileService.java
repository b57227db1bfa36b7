package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.guard.PatientDataGuard;

/**
 * Professional profiles and the member directory. The profiles facade for other modules: {@link
 * #profile} for a member page.
 */
@Singleton
class ProfileService {

  /** How a member relates to a term in member_profile_terms. */
  enum Relation {
    SYSTEM_USED,
    SYSTEM_KNOWN,
    EXPERTISE,
    LANGUAGE
  }

  private static final int CONTRIBUTIONS_SHOWN = 10;

  private final JdbcOperations jdbc;
  private final TaxonomyService taxonomies;
  private final MemberDirectory members;
  private final List<ContributionSource> contributionSources;
  private final ChangeFeed feed;
  private final JdbcQueries sql;
  private final ProfileFacts facts;

  ProfileService(
      JdbcOperations jdbc,
      TaxonomyService taxonomies,
      MemberDirectory members,
      List<ContributionSource> contributionSources,
      ChangeFeed feed,
      JdbcQueries sql,
      ProfileFacts facts) {
    this.jdbc = jdbc;
    this.sql = sql;
    this.facts = facts;
    this.taxonomies = taxonomies;
    this.members = members;
    this.contributionSources = contributionSources;
    this.feed = feed;
  }

  private record Row(
      long id,
      String displayName,
      String status,
      Instant memberSince,
      @Nullable String title,
      @Nullable String organisation,
      @Nullable Long backgroundId,
      @Nullable Long workplaceTypeId,
      @Nullable Long regionId,
      @Nullable Long countyId,
      @Nullable String bio,
      @Nullable String shiftPattern) {}

  /** The member page of an active (or suspended) member; 404 for unknown, pending or deleted. */
  public MemberProfileView profile(long memberId) {
    Row row = jdbc.execute(c -> loadRow(c, memberId));
    if (row == null || !(row.status().equals("ACTIVE") || row.status().equals("SUSPENDED"))) {
      throw ApiException.notFound("Member");
    }
    Map<Relation, List<Long>> terms = jdbc.execute(c -> loadTerms(c, memberId));
    Set<Long> ids = new HashSet<>();
    terms.values().forEach(ids::addAll);
    for (Long id :
        new Long[] {row.backgroundId(), row.workplaceTypeId(), row.regionId(), row.countyId()}) {
      if (id != null) {
        ids.add(id);
      }
    }
    Map<Long, TaxonomyTerm> byId = taxonomies.byIds(ids);
    List<Contribution> contributions = new ArrayList<>();
    Map<String, Integer> totals = new java.util.LinkedHashMap<>();
    for (ContributionSource source : contributionSources) {
      contributions.addAll(source.contributions(memberId, CONTRIBUTIONS_SHOWN));
      totals.putAll(source.totals(memberId));
    }
    contributions.sort(Comparator.comparing(Contribution::at).reversed());
    return new MemberProfileView(
        row.id(),
        row.displayName(),
        row.title(),
        row.organisation(),
        ref(byId, row.backgroundId()),
        ref(byId, row.workplaceTypeId()),
        ref(byId, row.regionId()),
        ref(byId, row.countyId()),
        refs(byId, terms.get(Relation.SYSTEM_USED)),
        refs(byId, terms.get(Relation.SYSTEM_KNOWN)),
        refs(byId, terms.get(Relation.EXPERTISE)),
        refs(byId, terms.get(Relation.LANGUAGE)),
        row.bio(),
        row.shiftPattern() == null ? null : ShiftPattern.valueOf(row.shiftPattern()),
        row.memberSince(),
        contributions.size() > CONTRIBUTIONS_SHOWN
            ? contributions.subList(0, CONTRIBUTIONS_SHOWN)
            : contributions,
        totals);
  }

  /**
   * Saves the whole profile form. Every taxonomy id is checked against its kind; a wrong one is a
   * 400 naming the field as sent ({@code systemsUsed[2]}), and nothing is written.
   */
  @Transactional
  public MemberProfileView update(long memberId, UpdateProfileRequest request) {
    PatientDataGuard.requireNone("bio", nullToEmpty(request.bio()));
    PatientDataGuard.requireNone("title", nullToEmpty(request.title()));
    Long regionId = request.regionId();
    if (request.backgroundId() != null) {
      taxonomies.require("backgroundId", request.backgroundId(), TaxonomyKind.BACKGROUND);
    }
    if (request.workplaceTypeId() != null) {
      taxonomies.require("workplaceTypeId", request.workplaceTypeId(), TaxonomyKind.WORKPLACE_TYPE);
    }
    if (regionId != null) {
      taxonomies.require("regionId", regionId, TaxonomyKind.REGION);
    }
    if (request.countyId() != null) {
      TaxonomyTerm county = taxonomies.require("countyId", request.countyId(), TaxonomyKind.COUNTY);
      if (regionId == null) {
        regionId = county.parentId();
      } else if (!regionId.equals(county.parentId())) {
        throw ApiException.invalidField(
            "countyId", "county-outside-region", "The county is not in the chosen health region");
      }
    }
    Map<Relation, List<Long>> terms = new EnumMap<>(Relation.class);
    terms.put(
        Relation.SYSTEM_USED, checked("systemsUsed", request.systemsUsed(), TaxonomyKind.SYSTEM));
    terms.put(
        Relation.SYSTEM_KNOWN,
        checked("systemsKnown", request.systemsKnown(), TaxonomyKind.SYSTEM));
    terms.put(
        Relation.EXPERTISE, checked("expertise", request.expertise(), TaxonomyKind.EXPERTISE));
    terms.put(Relation.LANGUAGE, checked("languages", request.languages(), TaxonomyKind.LANGUAGE));
    members.changeDisplayName(memberId, request.displayName());
    Long region = regionId;
    jdbc.execute(
        c -> {
          try (var ps =
              c.prepareStatement(
                  "INSERT INTO member_profiles (member_id, title, organisation, background_id,"
                      + " workplace_type_id, region_id, county_id, bio, shift_pattern, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                      + " title = VALUES(title), organisation = VALUES(organisation),"
                      + " background_id = VALUES(background_id),"
                      + " workplace_type_id = VALUES(workplace_type_id), region_id ="
                      + " VALUES(region_id), county_id = VALUES(county_id), bio = VALUES(bio),"
                      + " shift_pattern = VALUES(shift_pattern), updated_at = VALUES(updated_at)")) {
            ps.setLong(1, memberId);
            ps.setString(2, blankToNull(request.title()));
            ps.setString(3, blankToNull(request.organisation()));
            ps.setObject(4, request.backgroundId());
            ps.setObject(5, request.workplaceTypeId());
            ps.setObject(6, region);
            ps.setObject(7, request.countyId());
            ps.setString(8, blankToNull(request.bio()));
            ps.setString(9, request.shiftPattern() == null ? null : request.shiftPattern().name());
            ps.setTimestamp(10, Timestamp.from(Instant.now()));
            ps.executeUpdate();
          }
          try (var del =
                  c.prepareStatement("DELETE FROM member_profile_terms WHERE member_id = ?");
              var ins =
                  c.prepareStatement(
                      "INSERT INTO member_profile_terms (member_id, relation, term_id) VALUES (?, ?, ?)")) {
            del.setLong(1, memberId);
            del.executeUpdate();
            for (var entry : terms.entrySet()) {
              for (Long termId : entry.getValue()) {
                ins.setLong(1, memberId);
                ins.setString(2, entry.getKey().name());
                ins.setLong(3, termId);
                ins.addBatch();
              }
            }
            ins.executeBatch();
          }
          return null;
        });
    feed.publish(new ProfileUpdated(memberId));
    return profile(memberId);
  }

  /** Filters of the member directory; null means "any". */
  record DirectoryQuery(
      @Nullable String q,
      @Nullable Long region,
      @Nullable Long county,
      @Nullable Long workplaceType,
      @Nullable Long system,
      @Nullable Long background,
      @Nullable Long expertise,
      int page,
      int size) {}

  /**
   * Active members matching every filter, by name. The profile filters pick member ids from this
   * module's tables; who is active and the names are the accounts module's (ADR 0024).
   */
  MemberCardPage directory(DirectoryQuery query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    DirectoryFilter.REGION.apply(where, args, query.region());
    DirectoryFilter.COUNTY.apply(where, args, query.county());
    DirectoryFilter.WORKPLACE_TYPE.apply(where, args, query.workplaceType());
    DirectoryFilter.BACKGROUND.apply(where, args, query.background());
    DirectoryFilter.SYSTEM.apply(where, args, query.system());
    DirectoryFilter.EXPERTISE.apply(where, args, query.expertise());
    List<Long> among =
        args.isEmpty()
            ? null
            : sql.list(
                "SELECT p.member_id FROM member_profiles p" + where,
                rs -> rs.getLong(1),
                args.toArray());
    MemberDirectory.NamePage page =
        members.activeByName(among, query.q(), query.page(), query.size());
    List<MemberCard> cards = facts.cards(page.memberIds());
    return new MemberCardPage(cards, query.page(), query.size(), page.total());
  }

  private List<Long> checked(String field, @Nullable List<Long> ids, TaxonomyKind kind) {
    if (ids == null) {
      return List.of();
    }
    List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (id == null) {
        throw ApiException.invalidField(field + "[" + i + "]", "unknown-term", "Missing id");
      }
      taxonomies.require(field + "[" + i + "]", id, kind);
    }
    return distinct;
  }

  /** The member (from the accounts module, ADR 0024) with their profile row, if any. */
  private Row loadRow(java.sql.Connection c, long memberId) throws SQLException {
    MemberDirectory.Standing m = members.standing(memberId).orElse(null);
    if (m == null) {
      return null;
    }
    try (var ps =
        c.prepareStatement(
            "SELECT title, organisation, background_id, workplace_type_id, region_id, county_id,"
                + " bio, shift_pattern FROM member_profiles WHERE member_id = ?")) {
      ps.setLong(1, memberId);
      try (var rs = ps.executeQuery()) {
        boolean found = rs.next();
        return new Row(
            m.id(),
            m.displayName(),
            m.status().name(),
            m.createdAt(),
            found ? rs.getString(1) : null,
            found ? rs.getString(2) : null,
            found ? rs.getObject(3, Long.class) : null,
            found ? rs.getObject(4, Long.class) : null,
            found ? rs.getObject(5, Long.class) : null,
            found ? rs.getObject(6, Long.class) : null,
            found ? rs.getString(7) : null,
            found ? rs.getString(8) : null);
      }
    }
  }

  private static Map<Relation, List<Long>> loadTerms(java.sql.Connection c, long memberId)
      throws SQLException {
    Map<Relation, List<Long>> result = new EnumMap<>(Relation.class);
    for (Relation r : Relation.values()) {
      result.put(r, new ArrayList<>());
    }
    try (var ps =
        c.prepareStatement(
            "SELECT relation, term_id FROM member_profile_terms WHERE member_id = ?")) {
      ps.setLong(1, memberId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.get(Relation.valueOf(rs.getString(1))).add(rs.getLong(2));
        }
      }
    }
    return result;
  }

  private static @Nullable TermRef ref(Map<Long, TaxonomyTerm> byId, @Nullable Long id) {
    TaxonomyTerm term = id == null ? null : byId.get(id);
    return term == null ? null : TermRef.of(term);
  }

  private static List<TermRef> refs(Map<Long, TaxonomyTerm> byId, @Nullable List<Long> ids) {
    if (ids == null) {
      return List.of();
    }
    return ids.stream()
        .map(byId::get)
        .filter(java.util.Objects::nonNull)
        .sorted(
            Comparator.comparingInt(TaxonomyTerm::sortOrder).thenComparing(TaxonomyTerm::nameNb))
        .map(TermRef::of)
        .toList();
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
