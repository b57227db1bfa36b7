package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.helsebro.forum.ForumStore.TopicTerms;
import no.helsebro.forum.model.EditConflict;
import no.helsebro.forum.model.KindRules;
import no.helsebro.forum.model.TopicRules;
import no.helsebro.forum.model.Viewer;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.content.MarkdownRenderer;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/**
 * Edits a post (and, for an opening post, its topic's title and details), keeping the version it
 * replaces as a revision. An edit from an older version is refused with both texts (EditConflict).
 */
@Singleton
class EditPost {

  private final PostRepository posts;
  private final PostRevisionRepository revisions;
  private final TopicRepository topics;
  private final ForumStore store;
  private final GuardedMarkdown markdown;
  private final TopicDetailsValidator details;
  private final AuditLog audit;
  private final ChangeFeed feed;
  private final ForumWriteEvents writeEvents;

  EditPost(
      PostRepository posts,
      PostRevisionRepository revisions,
      TopicRepository topics,
      ForumStore store,
      GuardedMarkdown markdown,
      TopicDetailsValidator details,
      AuditLog audit,
      ChangeFeed feed,
      ForumWriteEvents writeEvents) {
    this.posts = posts;
    this.revisions = revisions;
    this.topics = topics;
    this.store = store;
    this.markdown = markdown;
    this.details = details;
    this.audit = audit;
    this.feed = feed;
    this.writeEvents = writeEvents;
  }

  @Transactional
  void edit(CurrentMember me, long postId, ForumDtos.EditPostRequest r) {
    ForumStore.PostRow post =
        store.post(postId, false).orElseThrow(() -> ApiException.notFound("Post"));
    ForumStore.LockedTopic t = store.lockTopic(post.topicId());
    post = store.post(postId, true).orElseThrow(() -> ApiException.notFound("Post"));
    boolean author = Long.valueOf(me.id()).equals(post.authorId());
    TopicRules.editRefusal(
            new Viewer(me.id(), me.isCoordinator()),
            post.authorId(),
            post.deleted(),
            post.hidden(),
            t.mergedIntoId() != null,
            t.locked())
        .ifPresent(
            refusal -> {
              throw switch (refusal) {
                case NOT_PERMITTED ->
                    ApiException.forbidden(
                        "not-author", "Only the author or a coordinator edits a post.");
                case NOT_EDITABLE ->
                    ApiException.conflict(
                        "post-not-editable", "A deleted or hidden post cannot be edited.");
                default -> ApiException.conflict("topic-locked", "The topic is locked.");
              };
            });
    boolean opening = post.postNumber() == 1;
    String currentTitle = opening ? topics.titleAndVisibility(t.id()).orElseThrow().title() : null;
    if (EditConflict.conflicts(r.version(), post.version())) {
      throw conflict(post, currentTitle, r);
    }
    String newTitle = opening && r.title() != null ? r.title().strip() : currentTitle;
    GuardedMarkdown.guard("title", newTitle);
    String newBodyMd = r.body() != null ? r.body() : post.bodyMd();
    if (KindRules.bodyRequiredOnEdit(t.kind(), opening) && newBodyMd.isBlank()) {
      throw ApiException.invalidValue("body", "required", "must not be blank");
    }
    GuardedMarkdown.Body body = markdown.body("body", newBodyMd);
    boolean withSections = KindRules.editHasSections(t.kind(), opening);
    GuardedMarkdown.Sections sections =
        withSections
            ? (r.story() != null
                ? markdown.sections(r.story())
                : markdown.sections(storyOf(post.fieldsMd())))
            : GuardedMarkdown.Sections.NONE;
    if (withSections && r.story() != null) {
      KindRules.missingSectionOnEdit(r.story().context(), r.story().whatWeDid())
          .ifPresent(
              field -> {
                throw ApiException.invalidValue(field, "required", "must not be blank");
              });
    }
    Instant now = ForumStore.now();
    revisions.save(
        new PostRevisionRepository.PostRevision(
            null,
            post.id(),
            post.version(),
            currentTitle,
            post.bodyMd(),
            post.fieldsMd(),
            post.editedBy() != null ? post.editedBy() : post.authorId(),
            post.editedAt() != null ? post.editedAt() : post.createdAt()));
    posts.edit(
        post.id(),
        body.markdown(),
        body.html(),
        sections.markdownJson(),
        sections.htmlJson(),
        body.links() + sections.links(),
        now,
        me.id());
    if (opening) {
      updateTopic(t, r, newTitle);
    }
    feed.publish(new PostEdited(post.id(), t.id(), post.postNumber(), post.authorId(), me.id()));
    if (!author) {
      Map<String, Object> audited = new LinkedHashMap<>();
      audited.put("topicId", t.id());
      audited.put("postNumber", post.postNumber());
      audited.put("version", post.version() + 1);
      audit.record(me.id(), "post.edited", "post", post.id(), null, audited);
    }
    Set<Long> before = MarkdownRenderer.render(post.bodyMd()).mentionedMemberIds();
    writeEvents.mentions(
        t.id(),
        post.id(),
        me.id(),
        ForumWriteEvents.union(body.mentions(), sections.mentions()),
        before);
  }

  /** An opening post's edit also sets the topic's title and the details the request gives. */
  private void updateTopic(ForumStore.LockedTopic t, ForumDtos.EditPostRequest r, String title) {
    TopicDetailsValidator.Details meta = details.validate(t.kind(), r);
    topics.changeDetails(
        t.id(),
        title,
        r.workplaceTypeId() != null,
        meta.workplaceTypeId(),
        meta.orgSize(),
        meta.duration(),
        meta.trainingFormat(),
        meta.linkUrl());
    if (r.systemIds() != null) {
      store.replaceTerms(TopicTerms.SYSTEMS, t.id(), meta.systemIds());
    }
    if (r.audienceIds() != null && KindRules.hasTrainingDetails(t.kind())) {
      store.replaceTerms(TopicTerms.AUDIENCES, t.id(), meta.audienceIds());
    }
    if (r.tags() != null) {
      writeEvents.newTags(store.replaceTags(t.id(), ForumStore.cleanTags(r.tags())));
    }
  }

  private ForumDtos.StoryFields storyOf(@Nullable String fieldsMd) {
    Map<String, String> m = markdown.read(fieldsMd);
    return m == null ? null : ForumDtos.StoryFields.of(m);
  }

  /** The 409 of the edit-conflict rule, with the stored version and the refused edit. */
  private ApiException conflict(
      ForumStore.PostRow post, @Nullable String title, ForumDtos.EditPostRequest r) {
    Long editor = post.editedBy() != null ? post.editedBy() : post.authorId();
    Map<String, Object> current =
        EditConflict.current(
            post.version(),
            title,
            post.bodyMd(),
            post.fieldsMd() == null ? null : markdown.read(post.fieldsMd()),
            editor != null,
            editor == null ? null : store.displayName(editor),
            post.editedAt() != null ? post.editedAt() : post.createdAt());
    Map<String, Object> yours =
        EditConflict.yours(
            r.version(),
            r.title(),
            r.body(),
            post.bodyMd(),
            r.story() == null ? null : r.story().asMap());
    return ApiException.conflict(
            "edit-conflict",
            "Someone else saved a new version of this post while you were editing.")
        .with("current", current)
        .with("yours", yours);
  }
}
