package no.helsebro.mentoring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Questions on their ladder ({@code question_routing}), the rungs taken ({@code
 * question_routing_steps}) and the members each was offered to ({@code question_offers}).
 * Projections read each component from the column of its name in snake case.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RoutedQuestionRepository extends GenericRepository<RoutedQuestion, Long> {

  /** A rung taken: when, and how many members it reached. */
  @Introspected
  record StepTaken(int step, Instant doneAt, int offered) {}

  /** An offer of an open question to a member. */
  @Introspected
  record Offer(long topicId, String title, Instant askedAt, String stage, Instant offeredAt) {}

  /** Starts tracking the question; nothing if it is tracked already. */
  @Query(
      "INSERT IGNORE INTO question_routing (topic_id, asker_id, title, asked_at, status)"
          + " VALUES (:topicId, :askerId, :title, :askedAt, 'OPEN')")
  void track(long topicId, @Nullable Long askerId, String title, Instant askedAt);

  @Query(
      "UPDATE question_routing SET status = 'ANSWERED', answered_at = :at, answered_by = :by,"
          + " updated_at = :at WHERE topic_id = :topicId AND answered_at IS NULL")
  void answered(long topicId, long by, Instant at);

  @Query("SELECT topic_id FROM question_routing WHERE status = 'OPEN' AND asked_at < :before")
  List<Long> openAskedBefore(Instant before);

  @Query(
      "UPDATE question_routing SET status = 'CLOSED', updated_at = :now WHERE topic_id = :topicId"
          + " AND status = 'OPEN'")
  void close(long topicId, Instant now);

  Optional<RoutedQuestion> findByTopicIdForUpdate(long topicId);

  Optional<RoutedQuestion> findByTopicId(long topicId);

  /** Its only answer was deleted or hidden: it waits again. */
  @Query(
      "UPDATE question_routing SET status = 'OPEN', answered_at = NULL, answered_by = NULL,"
          + " updated_at = :now WHERE topic_id = :topicId")
  void reopen(long topicId, Instant now);

  @Query(
      "UPDATE question_routing SET steps_done = :stepsDone, title = :title, status = 'OPEN',"
          + " updated_at = :now WHERE topic_id = :topicId")
  void climbed(long topicId, int stepsDone, String title, Instant now);

  @Query(
      "SELECT topic_id FROM question_routing WHERE asker_id = :askerId"
          + " ORDER BY asked_at DESC LIMIT 50")
  List<Long> askedBy(long askerId);

  boolean existsByTopicIdAndAskerId(long topicId, long askerId);

  @Query(
      "INSERT INTO question_routing_steps (topic_id, step, stage, round, done_at, offered)"
          + " VALUES (:topicId, :step, :stage, :round, :doneAt, :offered)")
  void stepTaken(long topicId, int step, String stage, int round, Instant doneAt, int offered);

  @Query("SELECT step, done_at, offered FROM question_routing_steps" + " WHERE topic_id = :topicId")
  List<StepTaken> stepsTaken(long topicId);

  @Query("SELECT member_id FROM question_offers WHERE topic_id = :topicId")
  List<Long> offeredTo(long topicId);

  /** Offers the question to the member; answers 1, or 0 when it was offered to them before. */
  @Query(
      "INSERT IGNORE INTO question_offers (topic_id, member_id, step, stage, offered_at)"
          + " VALUES (:topicId, :memberId, :step, :stage, :at)")
  int offer(long topicId, long memberId, int step, String stage, Instant at);

  /** The member's offers of questions still open, newest first. */
  @Query(
      "SELECT o.topic_id, r.title, r.asked_at, o.stage,"
          + " o.offered_at FROM question_offers o"
          + " JOIN question_routing r ON r.topic_id = o.topic_id"
          + " WHERE o.member_id = :memberId AND o.dismissed_at IS NULL AND r.status = 'OPEN'"
          + " ORDER BY o.offered_at DESC, o.id DESC LIMIT 100")
  List<Offer> offersFor(long memberId);

  @Query(
      "UPDATE question_offers SET dismissed_at = :now WHERE member_id = :memberId"
          + " AND topic_id = :topicId AND dismissed_at IS NULL")
  int dismiss(long memberId, long topicId, Instant now);
}
