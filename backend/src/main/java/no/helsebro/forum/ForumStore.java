package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.profiles.TaxonomyKind;
import no.helsebro.profiles.TaxonomyService;
import no.helsebro.profiles.TaxonomyTerm;

/** Small shared writes and look-ups of the forum, used by the services in this package. */
@Singleton
class ForumStore {

  // Hand-written SQL: row locks (FOR UPDATE), the visibility rule over topic and opening post, and
  // the labels of a list page in one UNION (ADR 0201).

  private final JdbcQueries db;
  private final TopicRepository topics;
  private final CategoryRepository categories;
  private final TagRepository tags;
  private final MemberStatsRepository stats;
  private final TopicTermRepository topicTerms;
  private final ReadMarkRepository reads;
  private final MemberDirectory members;
  private final TaxonomyService taxonomy;

  ForumStore(
      JdbcQueries db,
      TopicRepository topics,
      CategoryRepository categories,
      TagRepository tags,
      MemberStatsRepository stats,
      TopicTermRepository topicTerms,
      ReadMarkRepository reads,
      MemberDirectory members,
      TaxonomyService taxonomy) {
    this.db = db;
    this.topics = topics;
    this.categories = categories;
    this.tags = tags;
    this.stats = stats;
    this.topicTerms = topicTerms;
    this.reads = reads;
    this.members = members;
    this.taxonomy = taxonomy;
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** The parts of a topic that writes decide on, read with a row lock. */
  record LockedTopic(
      long id,
      long categoryId,
      TopicKind kind,
      @Nullable Long authorId,
      int lastPostNumber,
      boolean visible,
      boolean locked,
      boolean closed,
      @Nullable Long mergedIntoId,
      @Nullable Long acceptedPostId) {}

  LockedTopic lockTopic(long topicId) {
    return db.one(
            "SELECT id, category_id, kind, author_id, last_post_number, visible, locked,"
                + " closed_at IS NOT NULL AS closed, merged_into_id, accepted_post_id"
                + " FROM forum_topics WHERE id = ? FOR UPDATE",
            rs ->
                new LockedTopic(
                    rs.getLong("id"),
                    rs.getLong("category_id"),
                    TopicKind.valueOf(rs.getString("kind")),
                    JdbcQueries.nullableLong(rs, "author_id"),
                    rs.getInt("last_post_number"),
                    rs.getBoolean("visible"),
                    rs.getBoolean("locked"),
                    rs.getBoolean("closed"),
                    JdbcQueries.nullableLong(rs, "merged_into_id"),
                    JdbcQueries.nullableLong(rs, "accepted_post_id")),
            topicId)
        .orElseThrow(() -> ApiException.notFound("Topic"));
  }

  /** A post with what edits, deletes and reactions need. */
  record PostRow(
      long id,
      long topicId,
      int postNumber,
      @Nullable Long authorId,
      String bodyMd,
      @Nullable String fieldsMd,
      int version,
      boolean deleted,
      boolean hidden,
      @Nullable Long editedBy,
      Instant createdAt,
      @Nullable Instant editedAt) {}

  Optional<PostRow> post(long postId, boolean forUpdate) {
    return db.one(
        "SELECT id, topic_id, post_number, author_id, body_md, fields_md, version, deleted,"
            + " hidden, edited_by, created_at, edited_at FROM forum_posts WHERE id = ?"
            + (forUpdate ? " FOR UPDATE" : ""),
        rs ->
            new PostRow(
                rs.getLong("id"),
                rs.getLong("topic_id"),
                rs.getInt("post_number"),
                JdbcQueries.nullableLong(rs, "author_id"),
                rs.getString("body_md"),
                rs.getString("fields_md"),
                rs.getInt("version"),
                rs.getBoolean("deleted"),
                rs.getBoolean("hidden"),
                JdbcQueries.nullableLong(rs, "edited_by"),
                JdbcQueries.instant(rs, "created_at"),
                JdbcQueries.instant(rs, "edited_at")),
        postId);
  }

  String displayName(long memberId) {
    return members.displayName(memberId).orElse("?");
  }

  /**
   * Sets the topic's listed flag from its opening post and merge state, and keeps the category's
   * topic count in step. Call with the topic row locked. Answers whether the flag changed.
   */
  boolean refreshVisibility(long topicId) {
    record State(long categoryId, boolean before, boolean after) {}
    State s =
        db.one(
                "SELECT t.category_id, t.visible,"
                    + " (NOT p.deleted AND NOT p.hidden AND t.merged_into_id IS NULL) AS should"
                    + " FROM forum_topics t JOIN forum_posts p"
                    + " ON p.topic_id = t.id AND p.post_number = 1 WHERE t.id = ?",
                rs -> new State(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3)),
                topicId)
            .orElseThrow(() -> ApiException.notFound("Topic"));
    if (s.before() != s.after()) {
      topics.setVisible(topicId, s.after());
      categories.countTopics(s.categoryId(), s.after() ? 1 : -1);
      return true;
    }
    return false;
  }

  /** After a merge: the duplicate leaves the lists (its posts now live in the target). */
  void refreshVisibilityMerged(long topicId, long categoryId, boolean wasVisible) {
    topics.setVisible(topicId, false);
    if (wasVisible) {
      categories.countTopics(categoryId, -1);
    }
  }

  /** A member's forum counters, each a column of forum_member_stats. */
  enum MemberStat {
    TOPICS(MemberStatsRepository::addTopics),
    REPLIES(MemberStatsRepository::addReplies),
    ACCEPTED_ANSWERS(MemberStatsRepository::addAcceptedAnswers),
    HELPFUL_RECEIVED(MemberStatsRepository::addHelpfulReceived),
    THANKS_RECEIVED(MemberStatsRepository::addThanksReceived);

    private final Counter counter;

    MemberStat(Counter counter) {
      this.counter = counter;
    }

    /** The statement that adds to this counter. */
    @FunctionalInterface
    interface Counter {
      void add(MemberStatsRepository stats, long memberId, int delta);
    }
  }

  void addStats(long memberId, MemberStat stat, int delta) {
    stat.counter.add(stats, memberId, delta);
  }

  void markRead(long memberId, long topicId, int postNumber) {
    reads.readUpTo(memberId, topicId, postNumber);
  }

  /** Checks that the ids are live taxonomy terms of the given kind; returns them de-duplicated. */
  List<Long> terms(String field, String kind, @Nullable List<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    Set<Long> wanted = new LinkedHashSet<>(ids);
    // Read from the profiles module's repository, not its cache: a write checks what is there now.
    Set<Long> live = new HashSet<>();
    taxonomy.terms(TaxonomyKind.valueOf(kind)).stream()
        .filter(t -> !t.archived())
        .forEach(t -> live.add(t.id()));
    if (!live.containsAll(wanted)) {
      throw ApiException.invalidField(field, "validation", "unknown " + kind.toLowerCase());
    }
    return new ArrayList<>(wanted);
  }

  /** The taxonomy terms a topic is linked to, each kind in its own link table. */
  enum TopicTerms {
    SYSTEMS(TopicTermRepository::clearSystems, TopicTermRepository::addSystem),
    AUDIENCES(TopicTermRepository::clearAudiences, TopicTermRepository::addAudience);

    private final java.util.function.ObjLongConsumer<TopicTermRepository> clear;
    private final Link add;

    TopicTerms(java.util.function.ObjLongConsumer<TopicTermRepository> clear, Link add) {
      this.clear = clear;
      this.add = add;
    }

    /** The statement that links a term of this kind to a topic. */
    @FunctionalInterface
    interface Link {
      void add(TopicTermRepository links, long topicId, long termId);
    }
  }

  void replaceTerms(TopicTerms terms, long topicId, List<Long> termIds) {
    terms.clear.accept(topicTerms, topicId);
    for (Long id : termIds) {
      terms.add.add(topicTerms, topicId, id);
    }
  }

  /** Normalises tag names: trimmed, inner spaces collapsed, case-insensitive duplicates dropped. */
  static List<String> cleanTags(@Nullable List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    Map<String, String> byKey = new java.util.LinkedHashMap<>();
    for (String t : tags) {
      String name = t.strip().replaceAll("\\s+", " ");
      if (!name.isEmpty()) {
        byKey.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name);
      }
    }
    return new ArrayList<>(byKey.values());
  }

  /**
   * Gives the topic these tags, creating the ones that do not exist yet; answers the ids of the
   * tags it created.
   */
  List<Long> replaceTags(long topicId, List<String> names) {
    for (Long id : tags.tagIdsOf(topicId)) {
      tags.countTopics(id, -1);
    }
    tags.untagTopic(topicId);
    Set<Long> done = new LinkedHashSet<>();
    List<Long> created = new ArrayList<>();
    for (String name : names) {
      long id = tags.idNamed(name).orElse(0L);
      if (id == 0) {
        // Found by the name's collation (case and accents), as the unique key compares it.
        int inserted = tags.createNamed(name);
        id = tags.idNamed(name).orElseThrow();
        if (inserted == 1) {
          created.add(id);
        }
      }
      if (done.add(id)) {
        tags.tagTopic(topicId, id);
        tags.countTopics(id, 1);
      }
    }
    return created;
  }

  /** Tags ("T"), systems ("S") and audiences ("A") of several topics in one query. */
  record Label(long topicId, char type, long id, String code, String nameNb, String nameEn) {}

  Map<Long, List<Label>> labels(List<Long> topicIds, boolean withAudiences) {
    Map<Long, List<Label>> out = new HashMap<>();
    if (topicIds.isEmpty()) {
      return out;
    }
    // Systems and audiences are the profiles module's terms: their ids are read here, their codes
    // and names come from its cached catalogue (ADR 0024).
    record Link(long topicId, char type, long id, String name) {}
    String in = JdbcQueries.marks(topicIds.size());
    String sql =
        "SELECT tt.topic_id, 'T' AS type, g.id, g.name"
            + " FROM forum_topic_tags tt JOIN forum_tags g ON g.id = tt.tag_id WHERE tt.topic_id IN ("
            + in
            + ") UNION ALL SELECT ts.topic_id, 'S', ts.term_id, NULL"
            + " FROM forum_topic_systems ts WHERE ts.topic_id IN ("
            + in
            + ")"
            + (withAudiences
                ? " UNION ALL SELECT ta.topic_id, 'A', ta.term_id, NULL"
                    + " FROM forum_topic_audiences ta WHERE ta.topic_id IN ("
                    + in
                    + ")"
                : "");
    Object[] params =
        withAudiences
            ? JdbcQueries.params(topicIds, topicIds, topicIds)
            : JdbcQueries.params(topicIds, topicIds);
    List<Link> links =
        db.list(
            sql,
            rs ->
                new Link(rs.getLong(1), rs.getString(2).charAt(0), rs.getLong(3), rs.getString(4)),
            params);
    Map<Long, TaxonomyTerm> terms =
        taxonomy.byIds(links.stream().filter(l -> l.type() != 'T').map(Link::id).toList());
    for (Link l : links) {
      Label label;
      if (l.type() == 'T') {
        label = new Label(l.topicId(), 'T', l.id(), l.name(), l.name(), l.name());
      } else {
        TaxonomyTerm t = terms.get(l.id());
        if (t == null) {
          continue;
        }
        label = new Label(l.topicId(), l.type(), l.id(), t.code(), t.nameNb(), t.nameEn());
      }
      out.computeIfAbsent(l.topicId(), k -> new ArrayList<>()).add(label);
    }
    for (List<Label> list : out.values()) {
      list.sort(java.util.Comparator.comparing(Label::code, String.CASE_INSENSITIVE_ORDER));
    }
    return out;
  }
}
