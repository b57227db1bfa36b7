package no.helsebro.forum;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** Topics whose title contains a piece of text (the collation ignores case and accents). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TopicTitleRepository extends GenericRepository<TopicTitle, Long> {

  /**
   * Up to ten topics that are not merged away, newest activity first, leaving out {@code except};
   * {@code pattern} is a LIKE pattern with its own wildcards escaped.
   */
  @Query(
      "SELECT id, title, kind, last_activity_at FROM forum_topics"
          + " WHERE merged_into_id IS NULL AND id <> :except AND title LIKE :pattern"
          + " ORDER BY last_activity_at DESC, id DESC LIMIT 10")
  List<TopicTitle> matching(String pattern, long except);

  List<TopicTitle> findByIdIn(Collection<Long> ids);
}
