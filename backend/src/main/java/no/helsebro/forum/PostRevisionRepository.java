package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * The earlier versions of posts: an edit keeps the version it replaces (revision n is version n).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PostRevisionRepository
    extends GenericRepository<PostRevisionRepository.PostRevision, Long> {

  /** A row of {@code forum_post_revisions}; {@code title} only for an opening post. */
  @MappedEntity("forum_post_revisions")
  record PostRevision(
      @Id @GeneratedValue @Nullable Long id,
      long postId,
      int version,
      @Nullable String title,
      String bodyMd,
      @Nullable String fieldsMd,
      @Nullable Long editorId,
      Instant createdAt) {}

  PostRevision save(PostRevision revision);

  /** The post's earlier versions, oldest first. */
  List<PostRevision> findByPostIdOrderByVersion(long postId);
}
