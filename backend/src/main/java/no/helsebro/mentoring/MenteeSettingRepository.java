package no.helsebro.mentoring;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MenteeSettingRepository extends GenericRepository<MenteeSetting, Long> {

  /** Makes the mentee's row if it is missing, so it can be locked. */
  @Query(
      "INSERT INTO mentee_settings (member_id) VALUES (:memberId)"
          + " ON DUPLICATE KEY UPDATE member_id = member_id")
  void ensure(long memberId);

  @Query("SELECT max_mentorships FROM mentee_settings WHERE member_id = :memberId FOR UPDATE")
  Optional<Integer> wantedForUpdate(long memberId);

  Optional<Integer> findMaxMentorshipsByMemberId(long memberId);

  @Query(
      "INSERT INTO mentee_settings (member_id, max_mentorships) VALUES (:memberId, :howMany)"
          + " ON DUPLICATE KEY UPDATE max_mentorships = VALUES(max_mentorships),"
          + " updated_at = CURRENT_TIMESTAMP(6)")
  void setWanted(long memberId, int howMany);
}
