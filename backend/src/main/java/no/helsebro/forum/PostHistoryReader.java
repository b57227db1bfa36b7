package no.helsebro.forum;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.forum.model.PostVisibility;
import no.helsebro.forum.model.Viewer;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/** A single post's Markdown source (for editing and quoting) and its saved versions. */
@Singleton
class PostHistoryReader {

  // The revisions are read by hand: each row's fields are parsed as it is read (ADR 0211).
  private final JdbcQueries db;
  private final TopicRepository topics;
  private final ForumStore store;
  private final GuardedMarkdown markdown;

  private final AuthorNames names;

  PostHistoryReader(
      JdbcQueries db,
      TopicRepository topics,
      ForumStore store,
      GuardedMarkdown markdown,
      AuthorNames names) {
    this.names = names;
    this.db = db;
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
    List<ForumDtos.RevisionView> out =
        new ArrayList<>(
            db.list(
                "SELECT r.version, r.title, r.body_md, r.fields_md, r.editor_id, r.created_at"
                    + " FROM forum_post_revisions r WHERE r.post_id = ? ORDER BY r.version",
                rs -> {
                  Long editor = JdbcQueries.nullableLong(rs, "editor_id");
                  Map<String, String> f = markdown.read(rs.getString("fields_md"));
                  return new ForumDtos.RevisionView(
                      rs.getInt("version"),
                      rs.getString("title"),
                      rs.getString("body_md"),
                      f == null ? null : ForumDtos.StoryFields.of(f),
                      editor == null
                          ? null
                          : new ForumDtos.MemberRef(
                              editor, editors.computeIfAbsent(editor, names::of)),
                      JdbcQueries.instant(rs, "created_at"),
                      false);
                },
                postId));
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
