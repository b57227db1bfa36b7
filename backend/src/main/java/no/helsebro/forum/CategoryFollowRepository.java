package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Members following categories (a new topic in one notifies them). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CategoryFollowRepository
    extends GenericRepository<CategoryFollowRepository.CategoryFollow, Long>, MemberMarks {

  /**
   * A row of {@code forum_category_follows}; its key is (member_id, category_id), only the
   * statements below use it.
   */
  @MappedEntity("forum_category_follows")
  record CategoryFollow(@Id long memberId, long categoryId) {}

  @Override
  @Query(
      "INSERT IGNORE INTO forum_category_follows (member_id, category_id) VALUES (:memberId, :id)")
  void add(long memberId, long id);

  @Override
  @Query("DELETE FROM forum_category_follows WHERE member_id = :memberId AND category_id = :id")
  void remove(long memberId, long id);

  /** The members who follow it (for notifications). */
  @Query("SELECT member_id FROM forum_category_follows WHERE category_id = :id")
  List<Long> followersOf(long id);

  /** The categories the member follows (their data export). */
  List<Long> findCategoryIdByMemberId(long memberId);

  void deleteByMemberId(long memberId);
}
