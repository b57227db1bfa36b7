package no.helsebro.forum;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/** Categories: listed for members, curated by coordinators (each change audited). */
@Singleton
class CategoryService {

  private final JdbcQueries db;
  private final ForumStore store;
  private final AuditLog audit;
  private final ChangeFeed feed;

  CategoryService(JdbcQueries db, ForumStore store, AuditLog audit, ChangeFeed feed) {
    this.db = db;
    this.store = store;
    this.audit = audit;
    this.feed = feed;
  }

  private static final String COLUMNS =
      "c.id, c.slug, c.name_nb, c.name_en, c.description_nb, c.description_en, c.sort_order,"
          + " c.archived, c.topic_count, f.member_id IS NOT NULL AS following";

  private static ForumDtos.CategoryView view(ResultSet rs) throws SQLException {
    return new ForumDtos.CategoryView(
        rs.getLong("id"),
        rs.getString("slug"),
        rs.getString("name_nb"),
        rs.getString("name_en"),
        rs.getString("description_nb"),
        rs.getString("description_en"),
        rs.getInt("sort_order"),
        rs.getBoolean("archived"),
        rs.getInt("topic_count"),
        rs.getBoolean("following"));
  }

  List<ForumDtos.CategoryView> list(CurrentMember me, boolean includeArchived) {
    return db.list(
        "SELECT "
            + COLUMNS
            + " FROM forum_categories c LEFT JOIN forum_category_follows f"
            + " ON f.member_id = ? AND f.category_id = c.id"
            + (includeArchived ? "" : " WHERE c.archived = FALSE")
            + " ORDER BY c.archived, c.sort_order, c.id",
        CategoryService::view,
        me.id());
  }

  Optional<ForumDtos.CategoryView> bySlug(CurrentMember me, String slug) {
    return db.one(
        "SELECT "
            + COLUMNS
            + " FROM forum_categories c LEFT JOIN forum_category_follows f"
            + " ON f.member_id = ? AND f.category_id = c.id WHERE c.slug = ?",
        CategoryService::view,
        me.id(),
        slug);
  }

  private ForumDtos.CategoryView byId(CurrentMember me, long id) {
    return db.one(
            "SELECT "
                + COLUMNS
                + " FROM forum_categories c LEFT JOIN forum_category_follows f"
                + " ON f.member_id = ? AND f.category_id = c.id WHERE c.id = ?",
            CategoryService::view,
            me.id(),
            id)
        .orElseThrow(() -> ApiException.notFound("Category"));
  }

  @Transactional
  ForumDtos.CategoryView create(CurrentMember me, ForumDtos.CategoryRequest r) {
    requireFreeSlug(r.slug(), null);
    long id =
        db.insert(
            "INSERT INTO forum_categories (slug, name_nb, name_en, description_nb, description_en,"
                + " sort_order, archived) VALUES (?, ?, ?, ?, ?,"
                + " (SELECT COALESCE(MAX(c.sort_order), 0) + 1 FROM forum_categories c), ?)",
            r.slug(),
            r.nameNb().strip(),
            r.nameEn().strip(),
            nz(r.descriptionNb()),
            nz(r.descriptionEn()),
            Boolean.TRUE.equals(r.archived()));
    audit.record(me.id(), "category.created", "category", id, null, Map.of("slug", r.slug()));
    feed.publish(new CategoryChanged(id));
    return byId(me, id);
  }

  @Transactional
  ForumDtos.CategoryView update(CurrentMember me, long id, ForumDtos.CategoryRequest r) {
    ForumDtos.CategoryView before = byId(me, id);
    requireFreeSlug(r.slug(), id);
    boolean archived = r.archived() == null ? before.archived() : r.archived();
    db.update(
        "UPDATE forum_categories SET slug = ?, name_nb = ?, name_en = ?, description_nb = ?,"
            + " description_en = ?, archived = ? WHERE id = ?",
        r.slug(),
        r.nameNb().strip(),
        r.nameEn().strip(),
        nz(r.descriptionNb()),
        nz(r.descriptionEn()),
        archived,
        id);
    String action =
        archived == before.archived()
            ? "category.updated"
            : archived ? "category.archived" : "category.unarchived";
    audit.record(
        me.id(),
        action,
        "category",
        id,
        null,
        Map.of("slug", r.slug(), "previousSlug", before.slug()));
    feed.publish(new CategoryChanged(id));
    return byId(me, id);
  }

  @Transactional
  List<ForumDtos.CategoryView> reorder(CurrentMember me, List<Long> ids) {
    long known = db.count("SELECT COUNT(*) FROM forum_categories");
    if (ids.stream().distinct().count() != ids.size() || ids.size() != known) {
      throw ApiException.invalidField("ids", "validation", "must list every category once");
    }
    for (int i = 0; i < ids.size(); i++) {
      if (db.update("UPDATE forum_categories SET sort_order = ? WHERE id = ?", i + 1, ids.get(i))
          != 1) {
        throw ApiException.invalidField("ids", "validation", "unknown category " + ids.get(i));
      }
    }
    audit.record(me.id(), "category.reordered", "category", null, null, Map.of("order", ids));
    ids.forEach(id -> feed.publish(new CategoryChanged(id)));
    return list(me, true);
  }

  @Transactional
  void follow(CurrentMember me, long id, boolean on) {
    byId(me, id);
    if (on) {
      db.update(
          "INSERT IGNORE INTO forum_category_follows (member_id, category_id) VALUES (?, ?)",
          me.id(),
          id);
    } else {
      db.update(
          "DELETE FROM forum_category_follows WHERE member_id = ? AND category_id = ?",
          me.id(),
          id);
    }
  }

  private void requireFreeSlug(String slug, Long except) {
    boolean taken =
        db.count(
                "SELECT COUNT(*) FROM forum_categories WHERE slug = ? AND id <> ?",
                slug,
                except == null ? -1L : except)
            > 0;
    if (taken) {
      throw ApiException.invalidField("slug", "slug-taken", "another category has this slug");
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s.strip();
  }
}
