package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.profiles.TaxonomyService;
import no.helsebro.profiles.TaxonomyTerm;

/**
 * The topic page's queries, a hot read (docs/adr/0201): four small queries whatever the topic's
 * length (head, posts, labels, the member's own rows), and a fifth (a count over the key range past
 * the member's read marker) when there are posts the member has not read. The authors' names come
 * from the accounts module in one look-up for the head and one for the posts ({@link AuthorNames});
 * all but the member's own rows are cached with the page (ADR 0207).
 */
@Singleton
class TopicPageQueries {

  /** A topic as everybody sees it (labels included; the member's own flags false). */
  record Head(ForumDtos.TopicView view, boolean visible, @Nullable Long authorId) {}

  /** A post as stored; what the member may see of it is decided per request. */
  record PostRow(
      long id,
      int postNumber,
      @Nullable Long authorId,
      @Nullable String authorName,
      String bodyHtml,
      @Nullable String fieldsHtml,
      @Nullable Long replyToId,
      int replyToNumber,
      @Nullable String replyToName,
      Instant createdAt,
      @Nullable Instant editedAt,
      int version,
      boolean deleted,
      boolean hidden,
      int helpfulCount,
      int thanksCount) {

    PostRow named(@Nullable String author, @Nullable String replyTo) {
      return new PostRow(
          id,
          postNumber,
          authorId,
          author,
          bodyHtml,
          fieldsHtml,
          replyToId,
          replyToNumber,
          replyTo,
          createdAt,
          editedAt,
          version,
          deleted,
          hidden,
          helpfulCount,
          thanksCount);
    }
  }

  /** A post as read, before its author's and replied-to author's names are looked up. */
  private record StoredPost(PostRow row, @Nullable Long replyToAuthorId) {}

  /**
   * The posts after the member's read marker that are neither hidden nor deleted: how many, and the
   * first one's number (null when none).
   */
  record NewPosts(int count, @Nullable Integer first) {
    static final NewPosts NONE = new NewPosts(0, null);
  }

  /** The member's own state on a topic page: read marker, follow, bookmark, use, reactions. */
  record Mine(
      @Nullable Integer lastRead,
      TopicViewCopies.OwnFlags flags,
      Set<Long> helpful,
      Set<Long> thanked) {}

  // Hand-written SQL: the hot topic page read (ADR 0201).

  private final JdbcQueries db;
  private final ForumStore store;
  private final AuthorNames names;
  private final TaxonomyService taxonomy;

  TopicPageQueries(JdbcQueries db, ForumStore store, AuthorNames names, TaxonomyService taxonomy) {
    this.db = db;
    this.store = store;
    this.names = names;
    this.taxonomy = taxonomy;
  }

  /** The workplace type from the profiles module's cached terms (ADR 0024). */
  @Nullable
  private ForumDtos.TermRef workplaceRef(@Nullable Long id) {
    TaxonomyTerm w = id == null ? null : taxonomy.byIds(List.of(id)).get(id);
    return w == null ? null : new ForumDtos.TermRef(id, w.code(), w.nameNb(), w.nameEn());
  }

  /** The topic with its category, author, workplace type, accepted answer's number and labels. */
  Head head(long topicId) {
    Head head =
        db.one(
                "SELECT t.*, c.slug, c.name_nb, c.name_en, c.description_nb, c.description_en,"
                    + " c.sort_order, c.archived, c.topic_count,"
                    + " ap.post_number AS accepted_number"
                    + " FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id"
                    + " LEFT JOIN forum_posts ap ON ap.id = t.accepted_post_id"
                    + " WHERE t.id = ?",
                rs -> {
                  Long author = JdbcQueries.nullableLong(rs, "author_id");
                  Long workplace = JdbcQueries.nullableLong(rs, "workplace_type_id");
                  ForumDtos.CategoryView category =
                      new ForumDtos.CategoryView(
                          rs.getLong("category_id"),
                          rs.getString("slug"),
                          rs.getString("name_nb"),
                          rs.getString("name_en"),
                          rs.getString("description_nb"),
                          rs.getString("description_en"),
                          rs.getInt("sort_order"),
                          rs.getBoolean("archived"),
                          rs.getInt("topic_count"),
                          false);
                  ForumDtos.TopicView v =
                      new ForumDtos.TopicView(
                          rs.getLong("id"),
                          TopicKind.valueOf(rs.getString("kind")),
                          rs.getString("title"),
                          category,
                          author == null ? null : new ForumDtos.MemberRef(author, names.of(author)),
                          JdbcQueries.instant(rs, "created_at"),
                          JdbcQueries.instant(rs, "last_activity_at"),
                          rs.getInt("reply_count"),
                          rs.getInt("last_post_number"),
                          rs.getInt("helpful_count"),
                          rs.getInt("thanks_count"),
                          rs.getInt("used_count"),
                          rs.getBoolean("solved"),
                          JdbcQueries.nullableLong(rs, "accepted_post_id"),
                          JdbcQueries.nullableInt(rs, "accepted_number"),
                          rs.getBoolean("pinned"),
                          rs.getBoolean("locked"),
                          rs.getString("closed_reason"),
                          JdbcQueries.instant(rs, "closed_at"),
                          rs.getBoolean("visible"),
                          JdbcQueries.nullableLong(rs, "merged_into_id"),
                          List.of(),
                          List.of(),
                          workplaceRef(workplace),
                          rs.getString("org_size"),
                          rs.getString("duration"),
                          rs.getString("training_format"),
                          List.of(),
                          rs.getString("link_url"),
                          false,
                          false,
                          false);
                  return new Head(v, v.visible(), author);
                },
                topicId)
            .orElseThrow(() -> ApiException.notFound("Topic"));
    ForumDtos.TopicView t = head.view();
    if (t.mergedIntoId() == null) {
      Map<Long, List<ForumStore.Label>> labels = store.labels(List.of(topicId), true);
      t = TopicViewCopies.withLabels(t, labels.getOrDefault(topicId, List.of()));
    }
    return new Head(t, head.visible(), head.authorId());
  }

  /** The posts numbered {@code from} to {@code to}, by number, with whom each replies to. */
  List<PostRow> posts(long topicId, int from, int to) {
    List<StoredPost> stored =
        db.list(
            "SELECT p.id, p.post_number, p.author_id, p.body_html, p.fields_html,"
                + " p.reply_to_post_id, rp.post_number AS reply_number,"
                + " rp.author_id AS reply_author_id, p.created_at, p.edited_at, p.version,"
                + " p.deleted, p.hidden, p.helpful_count, p.thanks_count"
                + " FROM forum_posts p LEFT JOIN forum_posts rp ON rp.id = p.reply_to_post_id"
                + " WHERE p.topic_id = ? AND p.post_number BETWEEN ? AND ? ORDER BY p.post_number",
            rs ->
                new StoredPost(
                    new PostRow(
                        rs.getLong("id"),
                        rs.getInt("post_number"),
                        JdbcQueries.nullableLong(rs, "author_id"),
                        null,
                        rs.getString("body_html"),
                        rs.getString("fields_html"),
                        JdbcQueries.nullableLong(rs, "reply_to_post_id"),
                        rs.getInt("reply_number"),
                        null,
                        JdbcQueries.instant(rs, "created_at"),
                        JdbcQueries.instant(rs, "edited_at"),
                        rs.getInt("version"),
                        rs.getBoolean("deleted"),
                        rs.getBoolean("hidden"),
                        rs.getInt("helpful_count"),
                        rs.getInt("thanks_count")),
                    JdbcQueries.nullableLong(rs, "reply_author_id")),
            topicId,
            from,
            to);
    List<Long> people = new ArrayList<>();
    for (StoredPost p : stored) {
      people.add(p.row().authorId());
      people.add(p.replyToAuthorId());
    }
    Map<Long, String> known = names.of(people);
    return stored.stream()
        .map(p -> p.row().named(known.get(p.row().authorId()), known.get(p.replyToAuthorId())))
        .toList();
  }

  /** A story's dated follow-ups by its author, oldest first. */
  List<ForumDtos.FollowUpView> followUps(long topicId) {
    // Follow-ups are written by the topic's author only: one name to look up, if any.
    Map<Long, String> known = new HashMap<>();
    return db.list(
        "SELECT f.id, f.author_id, f.body_html, f.created_at"
            + " FROM forum_story_followups f WHERE f.topic_id = ? ORDER BY f.created_at, f.id",
        rs -> {
          Long a = JdbcQueries.nullableLong(rs, "author_id");
          return new ForumDtos.FollowUpView(
              rs.getLong("id"),
              a == null ? null : new ForumDtos.MemberRef(a, known.computeIfAbsent(a, names::of)),
              rs.getString("body_html"),
              JdbcQueries.instant(rs, "created_at"));
        },
        topicId);
  }

  /** The member's own rows for a topic page, in one query of primary-key lookups. */
  Mine mine(CurrentMember me, long topicId, List<Long> postIds) {
    Integer[] lastRead = {null};
    boolean[] flags = new boolean[3];
    Set<Long> helpful = new HashSet<>();
    Set<Long> thanked = new HashSet<>();
    String sql =
        "SELECT 'R' AS k, r.last_read_post_number AS v FROM forum_reads r"
            + " WHERE r.member_id = ? AND r.topic_id = ?"
            + " UNION ALL SELECT 'F', 0 FROM forum_topic_follows f"
            + " WHERE f.member_id = ? AND f.topic_id = ?"
            + " UNION ALL SELECT 'B', 0 FROM forum_bookmarks b"
            + " WHERE b.member_id = ? AND b.topic_id = ?"
            + " UNION ALL SELECT 'U', 0 FROM forum_training_uses u"
            + " WHERE u.member_id = ? AND u.topic_id = ?"
            + (postIds.isEmpty()
                ? ""
                : " UNION ALL SELECT x.kind, x.post_id FROM forum_reactions x"
                    + " WHERE x.member_id = ? AND x.post_id IN ("
                    + JdbcQueries.marks(postIds.size())
                    + ")");
    long id = me.id();
    Object[] params =
        postIds.isEmpty()
            ? new Object[] {id, topicId, id, topicId, id, topicId, id, topicId}
            : JdbcQueries.params(id, topicId, id, topicId, id, topicId, id, topicId, id, postIds);
    db.list(
        sql,
        rs -> {
          switch (rs.getString(1)) {
            case "R" -> lastRead[0] = rs.getInt(2);
            case "F" -> flags[0] = true;
            case "B" -> flags[1] = true;
            case "U" -> flags[2] = true;
            case "H" -> helpful.add(rs.getLong(2));
            case "T" -> thanked.add(rs.getLong(2));
            default -> {}
          }
          return null;
        },
        params);
    return new Mine(
        lastRead[0], new TopicViewCopies.OwnFlags(flags[0], flags[1], flags[2]), helpful, thanked);
  }

  /**
   * The replies after the member's read marker that are neither hidden nor deleted, so that "N new
   * replies since last time" agrees with the reply count and never points to a hidden post. Asked
   * only when the topic has posts past the marker: a range of the (topic, number) key.
   */
  NewPosts newPosts(long topicId, @Nullable Integer lastRead, int lastPostNumber) {
    if (lastRead == null || lastRead >= lastPostNumber) {
      return NewPosts.NONE;
    }
    return db.one(
            "SELECT COUNT(*) AS n, MIN(post_number) AS first FROM forum_posts"
                + " WHERE topic_id = ? AND post_number > ? AND hidden = FALSE AND deleted = FALSE",
            rs -> new NewPosts(rs.getInt("n"), JdbcQueries.nullableInt(rs, "first")),
            topicId,
            lastRead)
        .orElse(NewPosts.NONE);
  }
}
