package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * Tags as writers and coordinators see them (views as {@link ForumDtos.TagView}); the tags of a
 * topic are written with the topic ({@code ForumStore.TopicTerms}).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TagRepository extends GenericRepository<TagRepository.ForumTag, Long> {

  /** A row of {@code forum_tags} ({@code created_at} by default). */
  @MappedEntity("forum_tags")
  record ForumTag(@Id long id, String name, int topicCount) {}

  /** Tags whose name starts with a LIKE pattern (its own wildcards escaped), most used first. */
  @Query(
      "SELECT id, name, topic_count FROM forum_tags WHERE name LIKE :pattern"
          + " ORDER BY topic_count DESC, name LIMIT :limit")
  List<ForumDtos.TagView> startingWith(String pattern, int limit);

  /** The tags a member follows, by name. */
  @Query(
      "SELECT t.id, t.name, t.topic_count FROM forum_tag_follows f"
          + " JOIN forum_tags t ON t.id = f.tag_id WHERE f.member_id = :memberId ORDER BY t.name")
  List<ForumDtos.TagView> followedBy(long memberId);

  @Query("SELECT id, name, topic_count FROM forum_tags WHERE id = :id")
  Optional<ForumDtos.TagView> view(long id);

  boolean existsByNameAndIdNotEqual(String name, long id);

  @Query("UPDATE forum_tags SET name = :name WHERE id = :id")
  void rename(long id, String name);

  /** Every topic with tag {@code id} gets tag {@code intoId} too (a merge). */
  @Query(
      "INSERT IGNORE INTO forum_topic_tags (topic_id, tag_id)"
          + " SELECT topic_id, :intoId FROM forum_topic_tags WHERE tag_id = :id")
  void tagTopicsToo(long id, long intoId);

  /** Counts the topics with the tag again. */
  @Query(
      "UPDATE forum_tags SET topic_count ="
          + " (SELECT COUNT(*) FROM forum_topic_tags WHERE tag_id = :id) WHERE id = :id")
  void recount(long id);

  /** Deletes the tag; its topic links and follows go with it (ON DELETE CASCADE). */
  @Query("DELETE FROM forum_tags WHERE id = :id")
  void delete(long id);

  // ---- a topic's tags, written with the topic (ForumStore.replaceTags)

  @Query("SELECT tag_id FROM forum_topic_tags WHERE topic_id = :topicId")
  List<Long> tagIdsOf(long topicId);

  /** Finds a tag by its name's collation (case and accents), as the unique key compares it. */
  @Query("SELECT id FROM forum_tags WHERE name = :name")
  Optional<Long> idNamed(String name);

  /** Creates the tag unless one with this name exists; answers 1 if it created it. */
  @Query("INSERT IGNORE INTO forum_tags (name) VALUES (:name)")
  int createNamed(String name);

  @Query("DELETE FROM forum_topic_tags WHERE topic_id = :topicId")
  void untagTopic(long topicId);

  @Query("INSERT INTO forum_topic_tags (topic_id, tag_id) VALUES (:topicId, :id)")
  void tagTopic(long topicId, long id);

  /** Adds {@code delta} (1 or -1) to the tag's count of topics, never below zero. */
  @Query("UPDATE forum_tags SET topic_count = GREATEST(topic_count + :delta, 0) WHERE id = :id")
  void countTopics(long id, int delta);
}
