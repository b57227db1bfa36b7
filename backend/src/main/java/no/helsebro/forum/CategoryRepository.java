package no.helsebro.forum;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Categories, and whether a member follows each (views as {@link ForumDtos.CategoryView}). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CategoryRepository extends CrudRepository<ForumCategory, Long> {

  String VIEW =
      "SELECT c.id, c.slug, c.name_nb, c.name_en, c.description_nb, c.description_en,"
          + " c.sort_order, c.archived, c.topic_count, f.member_id IS NOT NULL AS following"
          + " FROM forum_categories c LEFT JOIN forum_category_follows f"
          + " ON f.member_id = :memberId AND f.category_id = c.id";

  /** Every category, archived ones last, in the coordinators' order. */
  @Query(VIEW + " ORDER BY c.archived, c.sort_order, c.id")
  List<ForumDtos.CategoryView> all(long memberId);

  /** The categories that are not archived, in the coordinators' order. */
  @Query(VIEW + " WHERE c.archived = FALSE ORDER BY c.archived, c.sort_order, c.id")
  List<ForumDtos.CategoryView> live(long memberId);

  @Query(VIEW + " WHERE c.slug = :slug")
  Optional<ForumDtos.CategoryView> viewBySlug(long memberId, String slug);

  @Query(VIEW + " WHERE c.id = :id")
  Optional<ForumDtos.CategoryView> viewById(long memberId, long id);

  /**
   * Whether the category is archived, read with a row lock: a new topic takes it before its insert
   * (whose foreign key would share-lock the row) and its topic count update, so two topics started
   * at once do not deadlock.
   */
  @Query("SELECT archived FROM forum_categories WHERE id = :id FOR UPDATE")
  Optional<Boolean> archivedForUpdate(long id);

  Optional<ForumCategory> findBySlug(String slug);

  /** The place after the last category. */
  @Query("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM forum_categories")
  int nextSortOrder();

  boolean existsBySlugAndIdNotEqual(String slug, long id);

  boolean existsByIdAndArchived(long id, boolean archived);

  @Query(
      "UPDATE forum_categories SET slug = :slug, name_nb = :nameNb, name_en = :nameEn,"
          + " description_nb = :descriptionNb, description_en = :descriptionEn,"
          + " archived = :archived WHERE id = :id")
  void change(
      long id,
      String slug,
      String nameNb,
      String nameEn,
      String descriptionNb,
      String descriptionEn,
      boolean archived);

  /** Puts the category at this place; answers 1, or 0 for an unknown category. */
  @Query("UPDATE forum_categories SET sort_order = :sortOrder WHERE id = :id")
  int placeAt(long id, int sortOrder);

  /** Adds {@code delta} (1 or -1) to the category's count of visible topics. */
  @Query("UPDATE forum_categories SET topic_count = topic_count + :delta WHERE id = :id")
  void countTopics(long id, int delta);
}
