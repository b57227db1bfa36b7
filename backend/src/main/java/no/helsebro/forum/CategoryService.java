package no.helsebro.forum;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/** Categories: listed for members, curated by coordinators (each change audited). */
@Singleton
class CategoryService {

  private final CategoryRepository categories;
  private final CategoryFollowRepository follows;
  private final AuditLog audit;
  private final ChangeFeed feed;

  CategoryService(
      CategoryRepository categories,
      CategoryFollowRepository follows,
      AuditLog audit,
      ChangeFeed feed) {
    this.categories = categories;
    this.follows = follows;
    this.audit = audit;
    this.feed = feed;
  }

  List<ForumDtos.CategoryView> list(CurrentMember me, boolean includeArchived) {
    return includeArchived ? categories.all(me.id()) : categories.live(me.id());
  }

  Optional<ForumDtos.CategoryView> bySlug(CurrentMember me, String slug) {
    return categories.viewBySlug(me.id(), slug);
  }

  private ForumDtos.CategoryView byId(CurrentMember me, long id) {
    return categories.viewById(me.id(), id).orElseThrow(() -> ApiException.notFound("Category"));
  }

  @Transactional
  ForumDtos.CategoryView create(CurrentMember me, ForumDtos.CategoryRequest r) {
    requireFreeSlug(r.slug(), null);
    long id =
        categories
            .save(
                new ForumCategory(
                    null,
                    r.slug(),
                    r.nameNb().strip(),
                    r.nameEn().strip(),
                    nz(r.descriptionNb()),
                    nz(r.descriptionEn()),
                    categories.nextSortOrder(),
                    Boolean.TRUE.equals(r.archived()),
                    0))
            .id();
    audit.record(me.id(), "category.created", "category", id, null, Map.of("slug", r.slug()));
    feed.publish(new CategoryChanged(id));
    return byId(me, id);
  }

  @Transactional
  ForumDtos.CategoryView update(CurrentMember me, long id, ForumDtos.CategoryRequest r) {
    ForumDtos.CategoryView before = byId(me, id);
    requireFreeSlug(r.slug(), id);
    boolean archived = r.archived() == null ? before.archived() : r.archived();
    categories.change(
        id,
        r.slug(),
        r.nameNb().strip(),
        r.nameEn().strip(),
        nz(r.descriptionNb()),
        nz(r.descriptionEn()),
        archived);
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
    long known = categories.count();
    if (ids.stream().distinct().count() != ids.size() || ids.size() != known) {
      throw ApiException.invalidField("ids", "validation", "must list every category once");
    }
    for (int i = 0; i < ids.size(); i++) {
      if (categories.placeAt(ids.get(i), i + 1) != 1) {
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
    follows.set(me.id(), id, on);
  }

  private void requireFreeSlug(String slug, Long except) {
    if (categories.existsBySlugAndIdNotEqual(slug, except == null ? -1L : except)) {
      throw ApiException.invalidField("slug", "slug-taken", "another category has this slug");
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s.strip();
  }
}
