package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MentorProfileRepository extends CrudRepository<MentorProfile, Long> {

  /** Takes one of the mentor's places if one is free; answers 1 if it did, else 0. */
  @Query(
      "UPDATE mentor_profiles SET active_mentees = active_mentees + 1"
          + " WHERE member_id = :memberId AND active_mentees < capacity")
  int takePlace(long memberId);

  /** Gives one of the mentor's places back. */
  @Query(
      "UPDATE mentor_profiles SET active_mentees = active_mentees - 1"
          + " WHERE member_id = :memberId AND active_mentees > 0")
  void freePlace(long memberId);

  @Query(
      "UPDATE mentor_profiles SET capacity = :capacity, availability = :availability,"
          + " contact_mode = :contactMode, introduction = :introduction, paused = :paused,"
          + " updated_at = :now WHERE member_id = :memberId")
  void change(
      long memberId,
      int capacity,
      int availability,
      String contactMode,
      @Nullable String introduction,
      boolean paused,
      Instant now);

  @Query("SELECT term_id FROM mentor_terms WHERE member_id = :memberId")
  List<Long> termIds(long memberId);

  @Query("DELETE FROM mentor_terms WHERE member_id = :memberId")
  void deleteTerms(long memberId);

  @Query("INSERT INTO mentor_terms (member_id, term_id) VALUES (:memberId, :termId)")
  void addTerm(long memberId, long termId);
}
