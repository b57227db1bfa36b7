package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MenteeNeedRepository extends CrudRepository<MenteeNeed, Long> {

  List<MenteeNeed> findByMemberIdIn(Collection<Long> memberIds);

  /** States or changes the member's needs. */
  @Query(
      "INSERT INTO mentee_needs (member_id, goals, workplace_type_id, region_id, language_id,"
          + " availability, same_region, same_background, updated_at) VALUES (:memberId, :goals,"
          + " :workplaceTypeId, :regionId, :languageId, :availability, :sameRegion,"
          + " :sameBackground, :now) ON DUPLICATE KEY UPDATE goals = VALUES(goals),"
          + " workplace_type_id = VALUES(workplace_type_id), region_id = VALUES(region_id),"
          + " language_id = VALUES(language_id), availability = VALUES(availability),"
          + " same_region = VALUES(same_region), same_background = VALUES(same_background),"
          + " updated_at = VALUES(updated_at)")
  void upsert(
      long memberId,
      @Nullable String goals,
      @Nullable Long workplaceTypeId,
      @Nullable Long regionId,
      @Nullable Long languageId,
      int availability,
      boolean sameRegion,
      boolean sameBackground,
      Instant now);
}
