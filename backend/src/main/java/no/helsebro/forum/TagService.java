package no.helsebro.forum;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/**
 * Tags: autocomplete for writers; following (a new topic with the tag notifies); rename, merge and
 * delete for coordinators (audited).
 */
@Singleton
class TagService {

  private final TagRepository tags;
  private final TagFollowRepository follows;
  private final AuditLog audit;
  private final ChangeFeed feed;

  TagService(TagRepository tags, TagFollowRepository follows, AuditLog audit, ChangeFeed feed) {
    this.tags = tags;
    this.follows = follows;
    this.audit = audit;
    this.feed = feed;
  }

  List<ForumDtos.TagView> search(String q, int limit) {
    String term = q == null ? "" : q.strip();
    String like = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return tags.startingWith(like, Math.max(1, Math.min(100, limit)));
  }

  /** The tags a member follows, by name. */
  List<ForumDtos.TagView> followed(CurrentMember me) {
    return tags.followedBy(me.id());
  }

  @Transactional
  void follow(CurrentMember me, long id, boolean on) {
    byId(id);
    follows.set(me.id(), id, on);
  }

  private ForumDtos.TagView byId(long id) {
    return tags.view(id).orElseThrow(() -> ApiException.notFound("Tag"));
  }

  @Transactional
  ForumDtos.TagView rename(CurrentMember me, long id, String name) {
    ForumDtos.TagView before = byId(id);
    String clean = ForumStore.cleanTags(List.of(name)).get(0);
    if (tags.existsByNameAndIdNotEqual(clean, id)) {
      throw ApiException.invalidField(
          "name", "tag-exists", "another tag has this name: merge instead");
    }
    tags.rename(id, clean);
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
    tags.tagTopicsToo(id, intoId);
    // Who followed the merged tag now follows the one it became.
    follows.moveAll(id, intoId);
    tags.delete(id);
    tags.recount(intoId);
    audit.record(
        me.id(), "tag.merged", "tag", id, null, Map.of("name", from.name(), "intoTagId", intoId));
    feed.publish(new TagsChanged(List.of(id, intoId)));
    return byId(intoId);
  }

  @Transactional
  void delete(CurrentMember me, long id) {
    ForumDtos.TagView tag = byId(id);
    tags.delete(id);
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
