package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/**
 * Dated follow-ups of implementation stories (read with their topic page by {@code
 * TopicPageQueries}).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface StoryFollowUpRepository
    extends GenericRepository<StoryFollowUpRepository.StoryFollowUp, Long> {

  /** A row of {@code forum_story_followups}. */
  @MappedEntity("forum_story_followups")
  record StoryFollowUp(
      @Id @GeneratedValue @Nullable Long id,
      long topicId,
      long authorId,
      String bodyMd,
      String bodyHtml,
      Instant createdAt) {}

  /** Inserts the follow-up (one statement); answers it with its generated id. */
  StoryFollowUp save(StoryFollowUp followUp);
}
