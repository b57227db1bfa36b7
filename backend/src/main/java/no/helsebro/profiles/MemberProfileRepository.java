package no.helsebro.profiles;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Profile rows, and the reads of them other modules make in bulk ({@link ProfileFacts}). The
 * projections read each component from the column of its name in snake case.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MemberProfileRepository extends GenericRepository<MemberProfile, Long> {

  /** Where a member works: the region (a county's when only the county is given) and the kind. */
  @Introspected
  record Place(long memberId, @Nullable Long regionId, @Nullable Long workplaceTypeId) {}

  /** What a directory card shows of a profile. */
  @Introspected
  record CardFacts(
      long memberId,
      @Nullable String title,
      @Nullable String organisation,
      @Nullable Long backgroundId,
      @Nullable Long workplaceTypeId,
      @Nullable Long regionId) {}

  /** The profile terms matching weighs. */
  @Introspected
  record MatchingFacts(
      long memberId,
      @Nullable Long backgroundId,
      @Nullable Long workplaceTypeId,
      @Nullable Long regionId,
      @Nullable Long countyId) {}

  Optional<MemberProfile> findByMemberId(long memberId);

  /** The profile a registration starts with: the organisation the member gave. */
  @Query("INSERT INTO member_profiles (member_id, organisation) VALUES (:memberId, :organisation)")
  void start(long memberId, @Nullable String organisation);

  /** Writes the whole profile form, whether or not the member had a row. */
  @Query(
      "INSERT INTO member_profiles (member_id, title, organisation, background_id,"
          + " workplace_type_id, region_id, county_id, bio, shift_pattern, updated_at)"
          + " VALUES (:memberId, :title, :organisation, :backgroundId, :workplaceTypeId,"
          + " :regionId, :countyId, :bio, :shiftPattern, :updatedAt) ON DUPLICATE KEY UPDATE"
          + " title = VALUES(title), organisation = VALUES(organisation),"
          + " background_id = VALUES(background_id), workplace_type_id = VALUES(workplace_type_id),"
          + " region_id = VALUES(region_id), county_id = VALUES(county_id), bio = VALUES(bio),"
          + " shift_pattern = VALUES(shift_pattern), updated_at = VALUES(updated_at)")
  void put(
      long memberId,
      @Nullable String title,
      @Nullable String organisation,
      @Nullable Long backgroundId,
      @Nullable Long workplaceTypeId,
      @Nullable Long regionId,
      @Nullable Long countyId,
      @Nullable String bio,
      @Nullable ShiftPattern shiftPattern,
      Instant updatedAt);

  void deleteByMemberId(long memberId);

  /**
   * Members whose profile matches every filter given (null means "any"): the member directory's
   * profile filters. A system matches what members use or know.
   */
  @Query(
      "SELECT p.member_id FROM member_profiles p WHERE (:regionId IS NULL OR p.region_id = :regionId)"
          + " AND (:countyId IS NULL OR p.county_id = :countyId)"
          + " AND (:workplaceTypeId IS NULL OR p.workplace_type_id = :workplaceTypeId)"
          + " AND (:backgroundId IS NULL OR p.background_id = :backgroundId)"
          + " AND (:systemId IS NULL OR EXISTS (SELECT 1 FROM member_profile_terms t"
          + " WHERE t.term_id = :systemId AND t.member_id = p.member_id"
          + " AND t.relation IN ('SYSTEM_USED', 'SYSTEM_KNOWN')))"
          + " AND (:expertiseId IS NULL OR EXISTS (SELECT 1 FROM member_profile_terms t"
          + " WHERE t.term_id = :expertiseId AND t.member_id = p.member_id"
          + " AND t.relation = 'EXPERTISE'))")
  List<Long> memberIdsMatching(
      @Nullable Long regionId,
      @Nullable Long countyId,
      @Nullable Long workplaceTypeId,
      @Nullable Long backgroundId,
      @Nullable Long systemId,
      @Nullable Long expertiseId);

  @Query(
      "SELECT p.member_id, COALESCE(p.region_id, c.parent_id) AS region_id, p.workplace_type_id"
          + " FROM member_profiles p LEFT JOIN taxonomy_terms c ON c.id = p.county_id"
          + " WHERE p.member_id IN (:memberIds)")
  List<Place> places(Collection<Long> memberIds);

  @Query(
      "SELECT member_id, title, organisation, background_id, workplace_type_id, region_id"
          + " FROM member_profiles WHERE member_id IN (:memberIds)")
  List<CardFacts> cardFacts(Collection<Long> memberIds);

  @Query(
      "SELECT member_id, background_id, workplace_type_id, region_id, county_id"
          + " FROM member_profiles WHERE member_id IN (:memberIds)")
  List<MatchingFacts> matchingFacts(Collection<Long> memberIds);

  /**
   * Members with a profile who use or know any of these systems and, when given, work in this kind
   * of workplace: most shared systems first, then by id.
   */
  @Query(
      "SELECT t.member_id FROM member_profile_terms t"
          + " JOIN member_profiles p ON p.member_id = t.member_id"
          + " WHERE t.relation IN ('SYSTEM_USED', 'SYSTEM_KNOWN') AND t.term_id IN (:systemIds)"
          + " AND (:workplaceTypeId IS NULL OR p.workplace_type_id = :workplaceTypeId)"
          + " GROUP BY t.member_id ORDER BY COUNT(DISTINCT t.term_id) DESC, t.member_id"
          + " LIMIT :limit OFFSET :offset")
  List<Long> systemPeers(
      Collection<Long> systemIds, @Nullable Long workplaceTypeId, int limit, int offset);
}
