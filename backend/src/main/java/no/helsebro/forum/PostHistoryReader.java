package no.helsebro.forum;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.forum.model.PostVisibility;
import no.helsebro.forum.model.Viewer;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/** A single post's Markdown source (for editing and quoting) and its saved versions. */
@Singleton
class PostHistoryReader {

  private final PostRevisionRepository revisions;
  private final TopicRepository topics;
  private final ForumStore store;
  private final GuardedMarkdown markdown;

  private final AuthorNames names;

  PostHistoryReader(
      PostRevisionRepository revisions,
      TopicRepository topics,
      ForumStore store,
      GuardedMarkdown markdown,
      AuthorNames names) {
    this.names = names;
    this.revisions = revisions;
    this.topics = topics;
    this.store = store;
    this.markdown = markdown;
  }

  ForumDtos.PostSource source(CurrentMember me, long postId) {
    ForumStore.PostRow p =
        store.post(postId, false).orElseThrow(() -> ApiException.notFound("Post"));
    TopicRepository.TitleAndVisibility t = topics.titleAndVisibility(p.topicId()).orElseThrow();
    Viewer viewer = new Viewer(me.id(), me.isCoordinator());
    if (!PostVisibility.sourceReadable(
        viewer, p.authorId(), t.visible(), p.deleted(), p.hidden())) {
      throw ApiException.notFound("Post");
    }
    Map<String, String> fields = markdown.read(p.fieldsMd());
    return new ForumDtos.PostSource(
        p.id(),
        p.topicId(),
        p.postNumber(),
        p.version(),
        p.postNumber() == 1 ? t.title() : null,
        p.bodyMd(),
        fields == null ? null : ForumDtos.StoryFields.of(fields),
        p.authorId() == null
            ? null
            : new ForumDtos.MemberRef(p.authorId(), store.displayName(p.authorId())));
  }

  /** The post's earlier versions, oldest first, then the current one. */
  List<ForumDtos.RevisionView> revisions(CurrentMember me, long postId) {
    ForumDtos.PostSource current = source(me, postId);
    ForumStore.PostRow p = store.post(postId, false).orElseThrow();
    // Editors' names from the accounts module, once per editor (ADR 0024).
    Map<Long, String> editors = new HashMap<>();
    List<ForumDtos.RevisionView> out = new ArrayList<>();
    for (PostRevisionRepository.PostRevision r : revisions.findByPostIdOrderByVersion(postId)) {
      Map<String, String> f = markdown.read(r.fieldsMd());
      Long editor = r.editorId();
      out.add(
          new ForumDtos.RevisionView(
              r.version(),
              r.title(),
              r.bodyMd(),
              f == null ? null : ForumDtos.StoryFields.of(f),
              editor == null
                  ? null
                  : new ForumDtos.MemberRef(editor, editors.computeIfAbsent(editor, names::of)),
              r.createdAt(),
              false));
    }
    Long editor = p.editedBy() != null ? p.editedBy() : p.authorId();
    out.add(
        new ForumDtos.RevisionView(
            p.version(),
            current.title(),
            p.bodyMd(),
            current.story(),
            editor == null ? null : new ForumDtos.MemberRef(editor, store.displayName(editor)),
            p.editedAt() != null ? p.editedAt() : p.createdAt(),
            true));
    return out;
  }
}
