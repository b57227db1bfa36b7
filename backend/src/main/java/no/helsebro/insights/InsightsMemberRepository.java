package no.helsebro.insights;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * Reads of the members' fact table outside the health figures (written in bulk by {@link
 * InsightsRebuild}, read as aggregates by {@link HealthFigures}).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface InsightsMemberRepository
    extends GenericRepository<InsightsMemberRepository.LastPost, Long> {

  /** A member of {@code insights_members} and their last post, as the radar reads it. */
  @MappedEntity("insights_members")
  record LastPost(@Id long memberId, Instant lastPostAt) {}

  /** Members who posted on one day only, last before {@code before} (the radar's "active once"). */
  @Query(
      "SELECT member_id, last_post_at FROM insights_members WHERE one_day_only"
          + " AND last_post_at < :before")
  List<LastPost> activeOnceBefore(Instant before);
}
