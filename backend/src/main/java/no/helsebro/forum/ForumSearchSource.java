package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberSummary;
import no.helsebro.platform.content.HtmlText;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.profiles.TaxonomyService;
import no.helsebro.profiles.TaxonomyTerm;

/**
 * What the search module indexes, read through the forum's own visibility rule ({@link
 * ForumVisibility}): listed topics and the posts everybody sees, without content of members who
 * wait for approval or are suspended. Text is plain (rendered HTML without tags).
 */
@Singleton
public class ForumSearchSource {

  // Hand-written SQL: bulk, chunked reads of topics with their posts and terms for the search
  // index.

  private final JdbcQueries db;
  private final GuardedMarkdown markdown;

  private final MemberDirectory members;
  private final TaxonomyService taxonomy;

  ForumSearchSource(
      JdbcQueries db, GuardedMarkdown markdown, MemberDirectory members, TaxonomyService taxonomy) {
    this.members = members;
    this.taxonomy = taxonomy;
    this.db = db;
    this.markdown = markdown;
  }

  /** A system named on a topic, with its taxonomy code and names. */
  public record SystemName(String code, String nameNb, String nameEn) {}

  /** A tag on a topic: its id (renames, merges and deletions name it) and name. */
  public record TagName(long id, String name) {}

  /** A post as search sees it: its number in the thread and its plain text. */
  public record SearchablePost(long postId, int number, String text) {}

  /**
   * A topic as search sees it.
   *
   * @param posts the posts everybody sees, by number (the opening post first, when shown; a story's
   *     follow-ups are part of its opening post's text)
   */
  public record SearchableTopic(
      long topicId,
      TopicKind kind,
      long categoryId,
      String categorySlug,
      String title,
      boolean solved,
      @Nullable Long authorId,
      @Nullable String authorName,
      Instant createdAt,
      Instant lastActivityAt,
      @Nullable String workplaceType,
      List<TagName> tags,
      List<SystemName> systems,
      List<SearchablePost> posts) {}

  /** A category's slug and names, for facet labels. */
  public record CategoryName(String slug, String nameNb, String nameEn) {}

  /** Ids of listed topics after {@code afterId}, by id; at most {@code limit} (for a rebuild). */
  public List<Long> topicIds(long afterId, int limit) {
    return db.list(
        "SELECT t.id FROM forum_topics t WHERE t.id > ? AND "
            + ForumVisibility.LISTED_TOPIC
            + " ORDER BY t.id LIMIT ?",
        rs -> rs.getLong(1),
        afterId,
        Math.max(1, limit));
  }

  /** Topics in which the member wrote a post or follow-up (their content changes with them). */
  public List<Long> topicIdsWithContentBy(long memberId) {
    return db.list(
        "SELECT DISTINCT p.topic_id FROM forum_posts p WHERE p.author_id = ?"
            + " UNION SELECT f.topic_id FROM forum_story_followups f WHERE f.author_id = ?",
        rs -> rs.getLong(1),
        memberId,
        memberId);
  }

  /** Listed topics that carry any of these tags now. */
  public List<Long> topicIdsWithTags(Collection<Long> tagIds) {
    if (tagIds.isEmpty()) {
      return List.of();
    }
    return db.list(
        "SELECT DISTINCT tt.topic_id FROM forum_topic_tags tt WHERE tt.tag_id IN ("
            + JdbcQueries.marks(tagIds.size())
            + ")",
        rs -> rs.getLong(1),
        tagIds.toArray());
  }

  /** Topics that name this system (taxonomy term). */
  public List<Long> topicIdsWithSystem(long termId) {
    return db.list(
        "SELECT ts.topic_id FROM forum_topic_systems ts WHERE ts.term_id = ?",
        rs -> rs.getLong(1),
        termId);
  }

  /** A category's slug now, empty when there is no such category. */
  public java.util.Optional<String> categorySlug(long categoryId) {
    return db.one(
        "SELECT slug FROM forum_categories WHERE id = ?", rs -> rs.getString(1), categoryId);
  }

  /** The categories, for facet labels. */
  public List<CategoryName> categories() {
    return db.list(
        "SELECT slug, name_nb, name_en FROM forum_categories ORDER BY sort_order",
        rs -> new CategoryName(rs.getString(1), rs.getString(2), rs.getString(3)));
  }

  /**
   * The searchable state of these topics now; a topic missing from the answer is not to be found
   * (hidden, deleted, merged away, its author suspended or never there).
   */
  public List<SearchableTopic> topics(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Object[] idParams = ids.toArray();
    String in = " IN (" + JdbcQueries.marks(ids.size()) + ")";
    // Authors' names and standing come from the accounts module, terms from the profiles module
    // (ADR 0024): the queries read ids only.
    record HeadRow(
        long id,
        TopicKind kind,
        String category,
        String title,
        boolean solved,
        @Nullable Long authorId,
        Instant createdAt,
        Instant lastActivityAt,
        @Nullable Long workplaceId,
        long categoryId) {}
    List<HeadRow> rows =
        db.list(
            "SELECT t.id, t.kind, c.slug, t.title, t.solved, t.author_id,"
                + " t.created_at, t.last_activity_at, t.workplace_type_id, c.id AS category_id"
                + " FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id"
                + " WHERE t.id"
                + in
                + " AND "
                + ForumVisibility.LISTED_TOPIC,
            rs ->
                new HeadRow(
                    rs.getLong(1),
                    TopicKind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5),
                    JdbcQueries.nullableLong(rs, "author_id"),
                    JdbcQueries.instant(rs, "created_at"),
                    JdbcQueries.instant(rs, "last_activity_at"),
                    JdbcQueries.nullableLong(rs, "workplace_type_id"),
                    rs.getLong(10)),
            idParams);
    Map<Long, MemberSummary> authors =
        members.summaries(rows.stream().map(HeadRow::authorId).filter(a -> a != null).toList());
    Map<Long, TaxonomyTerm> workplaces =
        taxonomy.byIds(rows.stream().map(HeadRow::workplaceId).filter(w -> w != null).toList());
    Map<Long, Head> heads = new LinkedHashMap<>();
    for (HeadRow r : rows) {
      MemberSummary author = r.authorId() == null ? null : authors.get(r.authorId());
      if (!ForumVisibility.authorInGoodStanding(author)) {
        continue;
      }
      TaxonomyTerm workplace = r.workplaceId() == null ? null : workplaces.get(r.workplaceId());
      heads.put(
          r.id(),
          new Head(
              r.id(),
              r.kind(),
              r.category(),
              r.title(),
              r.solved(),
              r.authorId(),
              author == null ? null : author.displayName(),
              r.createdAt(),
              r.lastActivityAt(),
              workplace == null ? null : workplace.code(),
              r.categoryId()));
    }
    if (heads.isEmpty()) {
      return List.of();
    }
    Object[] found = heads.keySet().toArray();
    String foundIn = " IN (" + JdbcQueries.marks(found.length) + ")";
    db.list(
            "SELECT tt.topic_id, g.id, g.name FROM forum_topic_tags tt"
                + " JOIN forum_tags g ON g.id = tt.tag_id WHERE tt.topic_id"
                + foundIn,
            rs -> Map.entry(rs.getLong(1), new TagName(rs.getLong(2), rs.getString(3))),
            found)
        .forEach(e -> heads.get(e.getKey()).tags.add(e.getValue()));
    List<Map.Entry<Long, Long>> systemLinks =
        db.list(
            "SELECT ts.topic_id, ts.term_id FROM forum_topic_systems ts WHERE ts.topic_id"
                + foundIn,
            rs -> Map.entry(rs.getLong(1), rs.getLong(2)),
            found);
    Map<Long, TaxonomyTerm> systems =
        taxonomy.byIds(systemLinks.stream().map(Map.Entry::getValue).toList());
    for (Map.Entry<Long, Long> link : systemLinks) {
      TaxonomyTerm x = systems.get(link.getValue());
      if (x != null) {
        heads.get(link.getKey()).systems.add(new SystemName(x.code(), x.nameNb(), x.nameEn()));
      }
    }
    record Written<V>(long topicId, @Nullable Long authorId, V content) {}
    List<Written<SearchablePost>> posts =
        db.list(
            "SELECT p.topic_id, p.id, p.post_number, p.body_html, p.fields_html, p.author_id"
                + " FROM forum_posts p WHERE p.topic_id"
                + foundIn
                + " AND "
                + ForumVisibility.SHOWN_POST
                + " ORDER BY p.topic_id, p.post_number",
            rs -> {
              StringBuilder text = new StringBuilder();
              String fields = rs.getString(5);
              if (fields != null) {
                for (String section : markdown.read(fields).values()) {
                  text.append(plain(section)).append('\n');
                }
              }
              text.append(plain(rs.getString(4)));
              return new Written<>(
                  rs.getLong(1),
                  JdbcQueries.nullableLong(rs, "author_id"),
                  new SearchablePost(rs.getLong(2), rs.getInt(3), text.toString()));
            },
            found);
    List<Written<String>> followUps =
        db.list(
            "SELECT f.topic_id, f.body_html, f.author_id FROM forum_story_followups f"
                + " WHERE f.topic_id"
                + foundIn
                + " ORDER BY f.topic_id, f.created_at",
            rs ->
                new Written<>(
                    rs.getLong(1),
                    JdbcQueries.nullableLong(rs, "author_id"),
                    plain(rs.getString(2))),
            found);
    List<Long> writers = new ArrayList<>();
    posts.forEach(w -> writers.add(w.authorId()));
    followUps.forEach(w -> writers.add(w.authorId()));
    Map<Long, MemberSummary> standing =
        members.summaries(writers.stream().filter(a -> a != null).distinct().toList());
    for (Written<SearchablePost> w : posts) {
      if (ForumVisibility.authorInGoodStanding(
          w.authorId() == null ? null : standing.get(w.authorId()))) {
        heads.get(w.topicId()).posts.add(w.content());
      }
    }
    for (Written<String> w : followUps) {
      if (ForumVisibility.authorInGoodStanding(
          w.authorId() == null ? null : standing.get(w.authorId()))) {
        heads.get(w.topicId()).followUps.add(w.content());
      }
    }
    List<SearchableTopic> topics = new ArrayList<>(heads.size());
    for (Head h : heads.values()) {
      topics.add(h.topic());
    }
    return topics;
  }

  private static String plain(@Nullable String html) {
    return html == null || html.isEmpty() ? "" : HtmlText.of(html);
  }

  private static final class Head {
    final long id;
    final TopicKind kind;
    final String category;
    final String title;
    final boolean solved;
    final Long authorId;
    final String authorName;
    final Instant createdAt;
    final Instant lastActivityAt;
    final String workplace;
    final long categoryId;
    final List<TagName> tags = new ArrayList<>();
    final List<SystemName> systems = new ArrayList<>();
    final List<SearchablePost> posts = new ArrayList<>();
    final List<String> followUps = new ArrayList<>();

    Head(
        long id,
        TopicKind kind,
        String category,
        String title,
        boolean solved,
        Long authorId,
        String authorName,
        Instant createdAt,
        Instant lastActivityAt,
        String workplace,
        long categoryId) {
      this.id = id;
      this.kind = kind;
      this.category = category;
      this.title = title;
      this.solved = solved;
      this.authorId = authorId;
      this.authorName = authorName;
      this.createdAt = createdAt;
      this.lastActivityAt = lastActivityAt;
      this.workplace = workplace;
      this.categoryId = categoryId;
    }

    SearchableTopic topic() {
      List<SearchablePost> all = new ArrayList<>(posts);
      if (!followUps.isEmpty() && !all.isEmpty() && all.get(0).number() == 1) {
        SearchablePost first = all.get(0);
        all.set(
            0,
            new SearchablePost(
                first.postId(), 1, first.text() + "\n" + String.join("\n", followUps)));
      }
      return new SearchableTopic(
          id,
          kind,
          categoryId,
          category,
          title,
          solved,
          authorId,
          authorName,
          createdAt,
          lastActivityAt,
          workplace,
          List.copyOf(tags),
          List.copyOf(systems),
          List.copyOf(all));
    }
  }
}
