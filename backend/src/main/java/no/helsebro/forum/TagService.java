package no.helsebro.forum;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/**
 * Tags: autocomplete for writers; following (a new topic with the tag notifies); rename, merge and
 * delete for coordinators (audited).
 */
@Singleton
class TagService {

  private final JdbcQueries db;
  private final ForumStore store;
  private final AuditLog audit;
  private final ChangeFeed feed;

  TagService(JdbcQueries db, ForumStore store, AuditLog audit, ChangeFeed feed) {
    this.db = db;
    this.store = store;
    this.audit = audit;
    this.feed = feed;
  }

  List<ForumDtos.TagView> search(String q, int limit) {
    String term = q == null ? "" : q.strip();
    String like = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return db.list(
        "SELECT id, name, topic_count FROM forum_tags WHERE name LIKE ?"
            + " ORDER BY topic_count DESC, name LIMIT ?",
        rs -> new ForumDtos.TagView(rs.getLong(1), rs.getString(2), rs.getInt(3)),
        like,
        Math.max(1, Math.min(100, limit)));
  }

  /** The tags a member follows, by name. */
  List<ForumDtos.TagView> followed(CurrentMember me) {
    return db.list(
        "SELECT t.id, t.name, t.topic_count FROM forum_tag_follows f"
            + " JOIN forum_tags t ON t.id = f.tag_id WHERE f.member_id = ? ORDER BY t.name",
        rs -> new ForumDtos.TagView(rs.getLong(1), rs.getString(2), rs.getInt(3)),
        me.id());
  }

  @Transactional
  void follow(CurrentMember me, long id, boolean on) {
    byId(id);
    if (on) {
      // Stamped with the application's clock, as topics are (ForumFacts.tagFollowers compares
      // them).
      db.update(
          "INSERT IGNORE INTO forum_tag_follows (member_id, tag_id, created_at) VALUES (?, ?, ?)",
          me.id(),
          id,
          ForumStore.now());
    } else {
      db.update("DELETE FROM forum_tag_follows WHERE member_id = ? AND tag_id = ?", me.id(), id);
    }
  }

  private ForumDtos.TagView byId(long id) {
    return db.one(
            "SELECT id, name, topic_count FROM forum_tags WHERE id = ?",
            rs -> new ForumDtos.TagView(rs.getLong(1), rs.getString(2), rs.getInt(3)),
            id)
        .orElseThrow(() -> ApiException.notFound("Tag"));
  }

  @Transactional
  ForumDtos.TagView rename(CurrentMember me, long id, String name) {
    ForumDtos.TagView before = byId(id);
    String clean = ForumStore.cleanTags(List.of(name)).get(0);
    boolean taken =
        db.count("SELECT COUNT(*) FROM forum_tags WHERE name = ? AND id <> ?", clean, id) > 0;
    if (taken) {
      throw ApiException.invalidField(
          "name", "tag-exists", "another tag has this name: merge instead");
    }
    db.update("UPDATE forum_tags SET name = ? WHERE id = ?", clean, id);
    audit.record(
        me.id(), "tag.renamed", "tag", id, null, Map.of("from", before.name(), "to", clean));
    feed.publish(new TagsChanged(List.of(id)));
    return byId(id);
  }

  @Transactional
  ForumDtos.TagView merge(CurrentMember me, long id, long intoId) {
    if (id == intoId) {
      throw ApiException.invalidField("intoTagId", "validation", "cannot merge a tag into itself");
    }
    ForumDtos.TagView from = byId(id);
    byId(intoId);
    db.update(
        "INSERT IGNORE INTO forum_topic_tags (topic_id, tag_id)"
            + " SELECT topic_id, ? FROM forum_topic_tags WHERE tag_id = ?",
        intoId,
        id);
    // Who followed the merged tag now follows the one it became.
    db.update(
        "INSERT IGNORE INTO forum_tag_follows (member_id, tag_id, created_at)"
            + " SELECT member_id, ?, created_at FROM forum_tag_follows WHERE tag_id = ?",
        intoId,
        id);
    db.update("DELETE FROM forum_tags WHERE id = ?", id);
    db.update(
        "UPDATE forum_tags SET topic_count ="
            + " (SELECT COUNT(*) FROM forum_topic_tags WHERE tag_id = ?) WHERE id = ?",
        intoId,
        intoId);
    audit.record(
        me.id(), "tag.merged", "tag", id, null, Map.of("name", from.name(), "intoTagId", intoId));
    feed.publish(new TagsChanged(List.of(id, intoId)));
    return byId(intoId);
  }

  @Transactional
  void delete(CurrentMember me, long id) {
    ForumDtos.TagView tag = byId(id);
    db.update("DELETE FROM forum_tags WHERE id = ?", id);
    audit.record(
        me.id(),
        "tag.deleted",
        "tag",
        id,
        null,
        Map.of("name", tag.name(), "topics", tag.topicCount()));
    feed.publish(new TagsChanged(List.of(id)));
  }
}
