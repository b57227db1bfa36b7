package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/**
 * The forum's hot reads: topic lists and the topic page (docs/adr/0201). Each list is one query (a
 * deferred join: the page of ids comes from a covering index, then only those rows are read) plus
 * one for tags and systems; the topic page is four small queries whatever its length, and a fifth
 * (a count over the key range past the member's read marker) when there are posts the member has
 * not read.
 */
@Singleton
class TopicReader {

  static final int POSTS_PER_PAGE = 20;

  private static final int LIST_CACHE_MAX = 1_000;

  /** How an item's JSON ends before the member's read marker is spliced in (see listJson). */
  private static final byte[] READ_MARKER_NULL =
      "\"lastReadPostNumber\":null}".getBytes(StandardCharsets.UTF_8);

  private final Db db;
  private final ForumStore store;
  private final GuardedMarkdown writing;
  private final ForumChanges changes;

  /**
   * List pages as everybody sees them (without the member's read markers), per query, valid while
   * no forum write has happened since they were read (docs/adr/0207).
   */
  private final Map<ListQuery, SharedPage> listCache = new ConcurrentHashMap<>();

  /**
   * {@code itemJson}: each summary as JSON, encoded once, cut off after {@code
   * "lastReadPostNumber":} so the member's own marker can follow.
   */
  private record SharedPage(
      long generation,
      long loadedAt,
      List<Row> rows,
      Map<Long, List<ForumStore.Label>> labels,
      boolean hasNext,
      @Nullable Long total,
      List<byte[]> itemJson)
      implements Cached {}

  /** What every shared cache entry knows: the forum generation and the time it was read at. */
  private interface Cached {
    long generation();

    long loadedAt();
  }

  private final JsonMapper json;

  /**
   * How long a cached entry may be served at most ({@code helsebro.forum.shared-cache-max-age}): a
   * safety net for a change that reached the database without a change feed event (by hand, say);
   * every change the code makes has one.
   */
  private final long maxAgeNanos;

  TopicReader(
      Db db,
      ForumStore store,
      GuardedMarkdown writing,
      ForumChanges changes,
      JsonMapper json,
      ForumConfig config) {
    this.maxAgeNanos = config.getSharedCacheMaxAge().toNanos();
    this.db = db;
    this.store = store;
    this.writing = writing;
    this.changes = changes;
    this.json = json;
  }

  /** Filters and sort of a topic list, as the URL gives them. */
  record ListQuery(
      @Nullable String category,
      @Nullable TopicKind kind,
      @Nullable Boolean solved,
      boolean unanswered,
      @Nullable String tag,
      List<String> systems,
      boolean mySystems,
      @Nullable String workplaceType,
      @Nullable String audience,
      @Nullable String format,
      TopicSort sort,
      int page,
      int size) {}

  private static final String SUMMARY_COLUMNS =
      "t.id, t.kind, t.title, t.category_id, t.author_id, a.display_name AS author_name,"
          + " t.created_at, t.last_activity_at, t.last_poster_id, lp.display_name AS last_name,"
          + " t.reply_count, t.last_post_number, t.helpful_count, t.used_count, t.solved, t.pinned,"
          + " t.locked, t.closed_at, r.last_read_post_number";

  /** The same columns without the member's read marker (lists read it separately). */
  private static final String LIST_COLUMNS =
      SUMMARY_COLUMNS.replace("r.last_read_post_number", "NULL AS last_read_post_number");

  ForumDtos.PageOf<ForumDtos.TopicSummary> list(CurrentMember me, ListQuery q) {
    SharedPage shared = shared(me, q);
    return new ForumDtos.PageOf<>(
        summaries(shared.rows(), shared.labels(), reads(me, shared)),
        q.page(),
        q.size(),
        shared.hasNext(),
        shared.total());
  }

  /**
   * The same page as {@link #list}, as the JSON the API sends. Encoding 30 summaries was half of
   * the JVM's work per list request (docs/performance.md), so the shared part is encoded once per
   * cached page and only the member's read markers are written per request.
   */
  byte[] listJson(CurrentMember me, ListQuery q) {
    SharedPage shared = shared(me, q);
    Map<Long, Integer> reads = reads(me, shared);
    int size = 128;
    for (byte[] item : shared.itemJson()) {
      size += item.length + 12;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.writeBytes(ascii("{\"items\":["));
    for (int i = 0; i < shared.rows().size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(shared.itemJson().get(i));
      Integer read = reads.get(shared.rows().get(i).summary().id());
      out.writeBytes(ascii(read == null ? "null}" : read + "}"));
    }
    out.writeBytes(
        ascii(
            "],\"page\":"
                + q.page()
                + ",\"size\":"
                + q.size()
                + ",\"hasNext\":"
                + shared.hasNext()
                + ",\"total\":"
                + shared.total()
                + "}"));
    return out.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** The shared part of a list page: from the cache while no forum write has happened since. */
  private SharedPage shared(CurrentMember me, ListQuery q) {
    if (q.mySystems()) {
      // Filtered by the member's own profile: not shared with anyone.
      return sharedPage(me, q, changes.generation());
    }
    return cached(listCache, q, LIST_CACHE_MAX, changes.generation(), g -> sharedPage(me, q, g));
  }

  /** The member's own part: read markers of the page's topics, by primary key. */
  private Map<Long, Integer> reads(CurrentMember me, SharedPage shared) {
    List<Long> ids = shared.rows().stream().map(r -> r.summary().id()).toList();
    Map<Long, Integer> reads = new HashMap<>();
    if (!ids.isEmpty()) {
      db.list(
          // FORCE INDEX: without it MariaDB 10.11 reads all of the member's markers by the
          // key prefix (ref on member_id: 4,228 rows for the bench member, 2.2 ms) instead of
          // the page's 31 ranges (0.1 ms); see docs/performance.md.
          "SELECT topic_id, last_read_post_number FROM forum_reads FORCE INDEX (PRIMARY)"
              + " WHERE member_id = ? AND topic_id IN ("
              + Db.marks(ids.size())
              + ")",
          rs -> reads.put(rs.getLong(1), rs.getInt(2)),
          Db.params(me.id(), ids));
    }
    return reads;
  }

  /** Each summary as JSON without the member's read marker (its value and closing brace). */
  private List<byte[]> itemJson(List<Row> rows, Map<Long, List<ForumStore.Label>> labels) {
    List<byte[]> items = new ArrayList<>(rows.size());
    for (ForumDtos.TopicSummary summary : summaries(rows, labels, Map.of())) {
      items.add(encodedWithoutTail(summary, READ_MARKER_NULL, "null}".length()));
    }
    return items;
  }

  /**
   * The value as JSON, checked to end with {@code tail}, without the last {@code cut} bytes of it:
   * the member's own values are written in their place per request.
   */
  private byte[] encodedWithoutTail(Object value, byte[] tail, int cut) {
    byte[] encoded = encode(value);
    int start = encoded.length - tail.length;
    if (start < 0 || !Arrays.equals(encoded, start, encoded.length, tail, 0, tail.length)) {
      throw new IllegalStateException(
          value.getClass().getSimpleName() + "'s JSON must end with the member's own values");
    }
    return Arrays.copyOf(encoded, encoded.length - cut);
  }

  /** One page of a list as everybody sees it: the rows, their labels, whether more follow. */
  private SharedPage sharedPage(CurrentMember me, ListQuery q, long generation) {
    long loadedAt = System.nanoTime();
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    where.add(ForumVisibility.LISTED_TOPIC);
    boolean inCategory = q.category() != null;
    if (inCategory) {
      where.add("t.category_id = (SELECT c.id FROM forum_categories c WHERE c.slug = ?)");
      params.add(q.category());
    }
    if (q.kind() != null) {
      where.add("t.kind = ?");
      params.add(q.kind());
    }
    if (q.solved() != null) {
      where.add("t.solved = ?");
      params.add(q.solved());
    }
    if (q.unanswered()) {
      where.add(Answers.UNANSWERED);
    }
    if (q.tag() != null) {
      where.add(
          "EXISTS (SELECT 1 FROM forum_topic_tags tt JOIN forum_tags g ON g.id = tt.tag_id"
              + " WHERE tt.topic_id = t.id AND g.name = ?)");
      params.add(q.tag());
    }
    if (!q.systems().isEmpty()) {
      where.add(
          "EXISTS (SELECT 1 FROM forum_topic_systems ts JOIN taxonomy_terms x ON x.id = ts.term_id"
              + " WHERE ts.topic_id = t.id AND x.kind = 'SYSTEM' AND x.code IN ("
              + Db.marks(q.systems().size())
              + "))");
      params.addAll(q.systems());
    }
    if (q.mySystems()) {
      // The systems on the member's profile (profiles module: used or known systems).
      where.add(
          "EXISTS (SELECT 1 FROM forum_topic_systems ts JOIN member_profile_terms mp"
              + " ON mp.term_id = ts.term_id AND mp.member_id = ?"
              + " AND mp.relation IN ('SYSTEM_USED', 'SYSTEM_KNOWN') WHERE ts.topic_id = t.id)");
      params.add(me.id());
    }
    if (q.workplaceType() != null) {
      where.add(
          "t.workplace_type_id = (SELECT x.id FROM taxonomy_terms x"
              + " WHERE x.kind = 'WORKPLACE_TYPE' AND x.code = ?)");
      params.add(q.workplaceType());
    }
    if (q.audience() != null) {
      where.add(
          "EXISTS (SELECT 1 FROM forum_topic_audiences ta JOIN taxonomy_terms x ON x.id = ta.term_id"
              + " WHERE ta.topic_id = t.id AND x.kind = 'AUDIENCE' AND x.code = ?)");
      params.add(q.audience());
    }
    if (q.format() != null) {
      where.add("t.training_format = ?");
      params.add(ChoiceParser.parse(TrainingFormat.class, "format", q.format()).name());
    }
    String pinned = inCategory ? "t.pinned DESC, " : "";
    String order =
        switch (q.sort()) {
          case ACTIVITY -> pinned + "t.last_activity_at DESC";
          case NEWEST -> pinned + "t.id DESC";
          case HELPFUL -> pinned + "t.helpful_count DESC, t.last_activity_at DESC";
          case UNANSWERED -> pinned + "t.answer_count ASC, t.id DESC";
        };
    String sql =
        "SELECT "
            + LIST_COLUMNS
            + " FROM (SELECT t.id FROM forum_topics t WHERE "
            + String.join(" AND ", where)
            + " ORDER BY "
            + order
            + " LIMIT ? OFFSET ?) ids JOIN forum_topics t ON t.id = ids.id"
            + " LEFT JOIN members a ON a.id = t.author_id"
            + " LEFT JOIN members lp ON lp.id = t.last_poster_id"
            + " ORDER BY "
            + order;
    params.add(q.size() + 1);
    params.add(q.page() * q.size());
    List<Row> rows = db.list(sql, TopicReader::row, params.toArray());
    boolean hasNext = rows.size() > q.size();
    if (hasNext) {
      rows = rows.subList(0, q.size());
    }
    Long total = null;
    boolean onlyCategory =
        q.kind() == null
            && q.solved() == null
            && !q.unanswered()
            && q.tag() == null
            && q.systems().isEmpty()
            && !q.mySystems()
            && q.workplaceType() == null
            && q.audience() == null
            && q.format() == null;
    if (onlyCategory && inCategory) {
      total =
          db.one(
                  "SELECT topic_count FROM forum_categories WHERE slug = ?",
                  rs -> rs.getLong(1),
                  q.category())
              .orElse(0L);
    }
    List<Long> ids = rows.stream().map(r -> r.summary().id()).toList();
    Map<Long, List<ForumStore.Label>> labels = store.labels(ids, false);
    return new SharedPage(
        generation, loadedAt, List.copyOf(rows), labels, hasNext, total, itemJson(rows, labels));
  }

  ForumDtos.PageOf<ForumDtos.TopicSummary> bookmarks(CurrentMember me, int page, int size) {
    List<Row> rows =
        db.list(
            "SELECT "
                + SUMMARY_COLUMNS
                + " FROM forum_bookmarks b JOIN forum_topics t ON t.id = b.topic_id"
                + " LEFT JOIN members a ON a.id = t.author_id"
                + " LEFT JOIN members lp ON lp.id = t.last_poster_id"
                + " LEFT JOIN forum_reads r ON r.member_id = b.member_id AND r.topic_id = t.id"
                + " WHERE b.member_id = ? AND t.visible = TRUE"
                + " ORDER BY b.created_at DESC LIMIT ? OFFSET ?",
            TopicReader::row,
            me.id(),
            size + 1,
            page * size);
    boolean hasNext = rows.size() > size;
    if (hasNext) {
      rows = rows.subList(0, size);
    }
    return new ForumDtos.PageOf<>(summaries(rows), page, size, hasNext, null);
  }

  private record Row(ForumDtos.TopicSummary summary) {}

  private static Row row(ResultSet rs) throws SQLException {
    Long author = Db.nullableLong(rs, "author_id");
    Long last = Db.nullableLong(rs, "last_poster_id");
    return new Row(
        new ForumDtos.TopicSummary(
            rs.getLong("id"),
            TopicKind.valueOf(rs.getString("kind")),
            rs.getString("title"),
            rs.getLong("category_id"),
            author == null ? null : new ForumDtos.MemberRef(author, rs.getString("author_name")),
            Db.instant(rs, "created_at"),
            Db.instant(rs, "last_activity_at"),
            last == null ? null : new ForumDtos.MemberRef(last, rs.getString("last_name")),
            rs.getInt("reply_count"),
            rs.getInt("last_post_number"),
            rs.getInt("helpful_count"),
            rs.getInt("used_count"),
            rs.getBoolean("solved"),
            rs.getBoolean("pinned"),
            rs.getBoolean("locked"),
            rs.getObject("closed_at") != null,
            List.of(),
            List.of(),
            Db.nullableInt(rs, "last_read_post_number")));
  }

  private List<ForumDtos.TopicSummary> summaries(List<Row> rows) {
    List<Long> ids = rows.stream().map(r -> r.summary().id()).toList();
    return summaries(rows, store.labels(ids, false), null);
  }

  /** Rows with their labels and, when {@code reads} is given, the member's read markers. */
  private static List<ForumDtos.TopicSummary> summaries(
      List<Row> rows,
      Map<Long, List<ForumStore.Label>> labels,
      @Nullable Map<Long, Integer> reads) {
    List<ForumDtos.TopicSummary> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      ForumDtos.TopicSummary s = r.summary();
      List<ForumStore.Label> l = labels.getOrDefault(s.id(), List.of());
      out.add(
          new ForumDtos.TopicSummary(
              s.id(),
              s.kind(),
              s.title(),
              s.categoryId(),
              s.author(),
              s.createdAt(),
              s.lastActivityAt(),
              s.lastPoster(),
              s.replyCount(),
              s.lastPostNumber(),
              s.helpfulCount(),
              s.usedCount(),
              s.solved(),
              s.pinned(),
              s.locked(),
              s.closed(),
              l.stream().filter(x -> x.type() == 'T').map(ForumStore.Label::code).toList(),
              l.stream().filter(x -> x.type() == 'S').map(ForumStore.Label::code).toList(),
              reads == null ? s.lastReadPostNumber() : reads.get(s.id())));
    }
    return out;
  }

  // ---------------------------------------------------------------- the topic page

  private static final int HEAD_CACHE_MAX = 2_000;
  private static final int POSTS_CACHE_MAX = 1_000;

  /** A topic as everybody sees it (labels included; the member's own flags false). */
  private record SharedHead(
      long generation, long loadedAt, ForumDtos.TopicView view, boolean visible, Long authorId)
      implements Cached {}

  /** A post as stored; what the member may see of it is decided per request. */
  private record PostRow(
      long id,
      int postNumber,
      @Nullable Long authorId,
      @Nullable String authorName,
      String bodyHtml,
      @Nullable String fieldsHtml,
      @Nullable Long replyToId,
      int replyToNumber,
      @Nullable String replyToName,
      java.time.Instant createdAt,
      @Nullable java.time.Instant editedAt,
      int version,
      boolean deleted,
      boolean hidden,
      int helpfulCount,
      int thanksCount) {}

  private record PostsKey(long topicId, int from, int to) {}

  /**
   * {@code postJson}: for each post everybody sees whole (not deleted, not hidden), its JSON
   * encoded once and cut off after {@code "markedHelpful":}; null for the others.
   */
  private record SharedPosts(
      long generation,
      long loadedAt,
      List<PostRow> posts,
      List<ForumDtos.FollowUpView> followUps,
      List<byte[]> postJson)
      implements Cached {}

  /** How a shared post's JSON ends before the member's reactions are spliced in. */
  private static final byte[] POST_TAIL =
      "\"markedHelpful\":false,\"thanked\":false,\"accepted\":false}"
          .getBytes(StandardCharsets.UTF_8);

  /** The parts of a topic page; the posts are null for a merged topic. */
  private record PageParts(
      ForumDtos.TopicView topic,
      @Nullable SharedPosts shared,
      Mine mine,
      int page,
      int size,
      int totalPages,
      NewPosts newPosts) {}

  /**
   * The posts after the member's read marker that are neither hidden nor deleted: how many, and the
   * first one's number (null when none).
   */
  record NewPosts(int count, @Nullable Integer first) {
    static final NewPosts NONE = new NewPosts(0, null);
  }

  /** The member's own state on a topic page: read marker, follow, bookmark, use, reactions. */
  private record Mine(
      @Nullable Integer lastRead,
      boolean following,
      boolean bookmarked,
      boolean used,
      java.util.Set<Long> helpful,
      java.util.Set<Long> thanked) {}

  private final Map<Long, SharedHead> headCache = new ConcurrentHashMap<>();
  private final Map<PostsKey, SharedPosts> postsCache = new ConcurrentHashMap<>();

  /**
   * The cache's entry for {@code key} while no forum write has happened since it was read (and for
   * {@link #maxAgeNanos} at most); otherwise loaded anew. A full cache is cleared, not evicted
   * piecemeal (docs/adr/0207).
   */
  private <K, V extends Cached> V cached(
      Map<K, V> cache, K key, int max, long generation, java.util.function.LongFunction<V> load) {
    V value = cache.get(key);
    if (value == null
        || value.generation() != generation
        || System.nanoTime() - value.loadedAt() > maxAgeNanos) {
      value = load.apply(generation);
      if (cache.size() >= max) {
        cache.clear();
      }
      cache.put(key, value);
    }
    return value;
  }

  /**
   * One page of a topic. {@code post} (a post number) picks the page that holds it; otherwise
   * {@code page} (0-based). Reading it moves the member's read marker forward. The topic and its
   * posts as everybody sees them are cached until the next forum write (docs/adr/0207); the
   * member's own state is one query.
   */
  ForumDtos.TopicPage page(
      CurrentMember me, long topicId, @Nullable Integer page, @Nullable Integer post, int size) {
    PageParts x = parts(me, topicId, page, post, size);
    List<ForumDtos.PostView> posts = new ArrayList<>();
    if (x.shared() != null) {
      for (PostRow r : x.shared().posts()) {
        posts.add(view(me, x.topic(), r, x.mine()));
      }
    }
    return new ForumDtos.TopicPage(
        x.topic(),
        posts,
        x.page(),
        x.size(),
        x.totalPages(),
        x.mine().lastRead(),
        x.newPosts().count(),
        x.newPosts().first(),
        x.shared() == null ? List.of() : x.shared().followUps());
  }

  /**
   * The same page as {@link #page}, as the JSON the API sends: the posts everybody sees whole are
   * encoded once per cached page, and only the member's reactions are written per request (as for
   * the lists, see {@link #listJson}).
   */
  byte[] pageJson(
      CurrentMember me, long topicId, @Nullable Integer page, @Nullable Integer post, int size) {
    PageParts x = parts(me, topicId, page, post, size);
    ByteArrayOutputStream out = new ByteArrayOutputStream(32_768);
    out.writeBytes(ascii("{\"topic\":"));
    out.writeBytes(encode(x.topic()));
    out.writeBytes(ascii(",\"posts\":["));
    if (x.shared() != null) {
      List<PostRow> rows = x.shared().posts();
      for (int i = 0; i < rows.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        PostRow r = rows.get(i);
        byte[] prefix = x.shared().postJson().get(i);
        if (prefix == null) {
          out.writeBytes(encode(view(me, x.topic(), r, x.mine())));
          continue;
        }
        out.writeBytes(prefix);
        out.writeBytes(
            ascii(
                x.mine().helpful().contains(r.id())
                    + ",\"thanked\":"
                    + x.mine().thanked().contains(r.id())
                    + ",\"accepted\":"
                    + Long.valueOf(r.id()).equals(x.topic().acceptedPostId())
                    + "}"));
      }
    }
    out.writeBytes(
        ascii(
            "],\"page\":"
                + x.page()
                + ",\"size\":"
                + x.size()
                + ",\"totalPages\":"
                + x.totalPages()
                + ",\"lastReadPostNumber\":"
                + x.mine().lastRead()
                + ",\"newPostCount\":"
                + x.newPosts().count()
                + ",\"firstNewPostNumber\":"
                + x.newPosts().first()
                + ",\"followUps\":"));
    out.writeBytes(encode(x.shared() == null ? List.of() : x.shared().followUps()));
    out.write('}');
    return out.toByteArray();
  }

  private byte[] encode(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PageParts parts(
      CurrentMember me, long topicId, @Nullable Integer page, @Nullable Integer post, int size) {
    long generation = changes.generation();
    SharedHead head =
        cached(headCache, topicId, HEAD_CACHE_MAX, generation, g -> loadHead(topicId, g));
    ForumDtos.TopicView t = head.view();
    if (t.mergedIntoId() != null) {
      // A merged topic only says where it went.
      Mine mine = mine(me, topicId, List.of());
      return new PageParts(withMine(t, mine), null, mine, 0, size, 0, NewPosts.NONE);
    }
    boolean own = Long.valueOf(me.id()).equals(head.authorId());
    if (!head.visible() && !own && !me.isCoordinator()) {
      throw ApiException.notFound("Topic");
    }

    int totalPages = Math.max(1, (t.lastPostNumber() + size - 1) / size);
    int p;
    if (post != null) {
      p = Math.max(0, Math.min(totalPages - 1, (post - 1) / size));
    } else {
      p = page == null ? 0 : Math.max(0, Math.min(totalPages - 1, page));
    }
    int from = p * size + 1;
    int to = from + size - 1;
    SharedPosts shared =
        cached(
            postsCache,
            new PostsKey(topicId, from, to),
            POSTS_CACHE_MAX,
            generation,
            g -> loadPosts(t, from, to, g));
    Mine mine = mine(me, topicId, shared.posts().stream().map(PostRow::id).toList());
    List<PostRow> rows = shared.posts();
    int lastOnPage = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).postNumber();
    if (lastOnPage > 0 && (mine.lastRead() == null || mine.lastRead() < lastOnPage)) {
      store.markRead(me.id(), topicId, lastOnPage);
    }
    return new PageParts(
        withMine(t, mine),
        shared,
        mine,
        p,
        size,
        totalPages,
        newPosts(topicId, mine.lastRead(), t.lastPostNumber()));
  }

  /**
   * The replies after the member's read marker that are neither hidden nor deleted, so that "N new
   * replies since last time" agrees with the reply count and never points to a hidden post. Asked
   * only when the topic has posts past the marker: a range of the (topic, number) key.
   */
  private NewPosts newPosts(long topicId, @Nullable Integer lastRead, int lastPostNumber) {
    if (lastRead == null || lastRead >= lastPostNumber) {
      return NewPosts.NONE;
    }
    return db.one(
            "SELECT COUNT(*) AS n, MIN(post_number) AS first FROM forum_posts"
                + " WHERE topic_id = ? AND post_number > ? AND hidden = FALSE AND deleted = FALSE",
            rs -> new NewPosts(rs.getInt("n"), Db.nullableInt(rs, "first")),
            topicId,
            lastRead)
        .orElse(NewPosts.NONE);
  }

  private SharedHead loadHead(long topicId, long generation) {
    long loadedAt = System.nanoTime();
    record Head(ForumDtos.TopicView view, boolean visible, Long authorId) {}
    Head head =
        db.one(
                "SELECT t.*, c.slug, c.name_nb, c.name_en, c.description_nb, c.description_en,"
                    + " c.sort_order, c.archived, c.topic_count, a.display_name AS author_name,"
                    + " w.code AS w_code, w.name_nb AS w_nb, w.name_en AS w_en,"
                    + " ap.post_number AS accepted_number"
                    + " FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id"
                    + " LEFT JOIN members a ON a.id = t.author_id"
                    + " LEFT JOIN taxonomy_terms w ON w.id = t.workplace_type_id"
                    + " LEFT JOIN forum_posts ap ON ap.id = t.accepted_post_id"
                    + " WHERE t.id = ?",
                rs -> {
                  Long author = Db.nullableLong(rs, "author_id");
                  Long workplace = Db.nullableLong(rs, "workplace_type_id");
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
                          author == null
                              ? null
                              : new ForumDtos.MemberRef(author, rs.getString("author_name")),
                          Db.instant(rs, "created_at"),
                          Db.instant(rs, "last_activity_at"),
                          rs.getInt("reply_count"),
                          rs.getInt("last_post_number"),
                          rs.getInt("helpful_count"),
                          rs.getInt("thanks_count"),
                          rs.getInt("used_count"),
                          rs.getBoolean("solved"),
                          Db.nullableLong(rs, "accepted_post_id"),
                          Db.nullableInt(rs, "accepted_number"),
                          rs.getBoolean("pinned"),
                          rs.getBoolean("locked"),
                          rs.getString("closed_reason"),
                          Db.instant(rs, "closed_at"),
                          rs.getBoolean("visible"),
                          Db.nullableLong(rs, "merged_into_id"),
                          List.of(),
                          List.of(),
                          workplace == null
                              ? null
                              : new ForumDtos.TermRef(
                                  workplace,
                                  rs.getString("w_code"),
                                  rs.getString("w_nb"),
                                  rs.getString("w_en")),
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
      t = withLabels(t, labels.getOrDefault(topicId, List.of()));
    }
    return new SharedHead(generation, loadedAt, t, head.visible(), head.authorId());
  }

  private SharedPosts loadPosts(ForumDtos.TopicView t, int from, int to, long generation) {
    long loadedAt = System.nanoTime();
    List<PostRow> posts =
        db.list(
            "SELECT p.id, p.post_number, p.author_id, m.display_name, p.body_html, p.fields_html,"
                + " p.reply_to_post_id, rp.post_number AS reply_number, rm.display_name AS reply_name,"
                + " p.created_at, p.edited_at, p.version, p.deleted, p.hidden, p.helpful_count,"
                + " p.thanks_count"
                + " FROM forum_posts p LEFT JOIN members m ON m.id = p.author_id"
                + " LEFT JOIN forum_posts rp ON rp.id = p.reply_to_post_id"
                + " LEFT JOIN members rm ON rm.id = rp.author_id"
                + " WHERE p.topic_id = ? AND p.post_number BETWEEN ? AND ? ORDER BY p.post_number",
            rs ->
                new PostRow(
                    rs.getLong("id"),
                    rs.getInt("post_number"),
                    Db.nullableLong(rs, "author_id"),
                    rs.getString("display_name"),
                    rs.getString("body_html"),
                    rs.getString("fields_html"),
                    Db.nullableLong(rs, "reply_to_post_id"),
                    rs.getInt("reply_number"),
                    rs.getString("reply_name"),
                    Db.instant(rs, "created_at"),
                    Db.instant(rs, "edited_at"),
                    rs.getInt("version"),
                    rs.getBoolean("deleted"),
                    rs.getBoolean("hidden"),
                    rs.getInt("helpful_count"),
                    rs.getInt("thanks_count")),
            t.id(),
            from,
            to);
    List<ForumDtos.FollowUpView> followUps =
        t.kind() == TopicKind.STORY
            ? db.list(
                "SELECT f.id, f.author_id, m.display_name, f.body_html, f.created_at"
                    + " FROM forum_story_followups f LEFT JOIN members m ON m.id = f.author_id"
                    + " WHERE f.topic_id = ? ORDER BY f.created_at, f.id",
                rs -> {
                  Long a = Db.nullableLong(rs, "author_id");
                  return new ForumDtos.FollowUpView(
                      rs.getLong("id"),
                      a == null ? null : new ForumDtos.MemberRef(a, rs.getString("display_name")),
                      rs.getString("body_html"),
                      Db.instant(rs, "created_at"));
                },
                t.id())
            : List.of();
    return new SharedPosts(
        generation, loadedAt, List.copyOf(posts), List.copyOf(followUps), postJson(t, posts));
  }

  /** Each post everybody sees whole as JSON without the member's reactions; null for others. */
  private List<byte[]> postJson(ForumDtos.TopicView t, List<PostRow> posts) {
    List<byte[]> out = new ArrayList<>(posts.size());
    for (PostRow r : posts) {
      if (r.deleted() || r.hidden()) {
        out.add(null);
        continue;
      }
      out.add(
          encodedWithoutTail(
              postView(t.id(), r, true, false, false, false),
              POST_TAIL,
              POST_TAIL.length - "\"markedHelpful\":".length()));
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /** The member's own rows for a topic page, in one query of primary-key lookups. */
  private Mine mine(CurrentMember me, long topicId, List<Long> postIds) {
    Integer[] lastRead = {null};
    boolean[] flags = new boolean[3];
    java.util.Set<Long> helpful = new java.util.HashSet<>();
    java.util.Set<Long> thanked = new java.util.HashSet<>();
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
                    + Db.marks(postIds.size())
                    + ")");
    long id = me.id();
    Object[] params =
        postIds.isEmpty()
            ? new Object[] {id, topicId, id, topicId, id, topicId, id, topicId}
            : Db.params(id, topicId, id, topicId, id, topicId, id, topicId, id, postIds);
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
    return new Mine(lastRead[0], flags[0], flags[1], flags[2], helpful, thanked);
  }

  private ForumDtos.PostView view(CurrentMember me, ForumDtos.TopicView t, PostRow r, Mine mine) {
    Long author = r.authorId();
    boolean own = author != null && author == me.id();
    boolean show = (!r.deleted() && !r.hidden()) || me.isCoordinator() || (own && !r.deleted());
    return postView(
        t.id(),
        r,
        show,
        mine.helpful().contains(r.id()),
        mine.thanked().contains(r.id()),
        Long.valueOf(r.id()).equals(t.acceptedPostId()));
  }

  private ForumDtos.PostView postView(
      long topicId, PostRow r, boolean show, boolean helpful, boolean thanked, boolean accepted) {
    Long author = r.authorId();
    return new ForumDtos.PostView(
        r.id(),
        topicId,
        r.postNumber(),
        author == null ? null : new ForumDtos.MemberRef(author, r.authorName()),
        show ? r.bodyHtml() : "",
        show && r.fieldsHtml() != null ? writing.read(r.fieldsHtml()) : null,
        r.replyToId() == null
            ? null
            : new ForumDtos.ReplyRef(r.replyToId(), r.replyToNumber(), r.replyToName()),
        r.createdAt(),
        r.editedAt(),
        r.version(),
        r.deleted(),
        r.hidden(),
        r.helpfulCount(),
        r.thanksCount(),
        helpful,
        thanked,
        accepted);
  }

  private static ForumDtos.TopicView withMine(ForumDtos.TopicView t, Mine mine) {
    return copy(
        t, t.tags(), t.systems(), t.audiences(), mine.following(), mine.bookmarked(), mine.used());
  }

  private static ForumDtos.TopicView withLabels(ForumDtos.TopicView t, List<ForumStore.Label> l) {
    return copy(
        t,
        l.stream().filter(x -> x.type() == 'T').map(ForumStore.Label::code).toList(),
        l.stream().filter(x -> x.type() == 'S').map(TopicReader::term).toList(),
        l.stream().filter(x -> x.type() == 'A').map(TopicReader::term).toList(),
        t.following(),
        t.bookmarked(),
        t.usedByMe());
  }

  /** The topic with other labels and another member's own state (records have no withers). */
  private static ForumDtos.TopicView copy(
      ForumDtos.TopicView t,
      List<String> tags,
      List<ForumDtos.TermRef> systems,
      List<ForumDtos.TermRef> audiences,
      boolean following,
      boolean bookmarked,
      boolean used) {
    return new ForumDtos.TopicView(
        t.id(),
        t.kind(),
        t.title(),
        t.category(),
        t.author(),
        t.createdAt(),
        t.lastActivityAt(),
        t.replyCount(),
        t.lastPostNumber(),
        t.helpfulCount(),
        t.thanksCount(),
        t.usedCount(),
        t.solved(),
        t.acceptedPostId(),
        t.acceptedPostNumber(),
        t.pinned(),
        t.locked(),
        t.closedReason(),
        t.closedAt(),
        t.visible(),
        t.mergedIntoId(),
        tags,
        systems,
        t.workplaceType(),
        t.orgSize(),
        t.duration(),
        t.trainingFormat(),
        audiences,
        t.linkUrl(),
        following,
        bookmarked,
        used);
  }

  private static ForumDtos.TermRef term(ForumStore.Label l) {
    return new ForumDtos.TermRef(l.id(), l.code(), l.nameNb(), l.nameEn());
  }

  // ---------------------------------------------------------------- single posts and history

  ForumDtos.PostSource source(CurrentMember me, long postId) {
    ForumStore.PostRow p =
        store.post(postId, false).orElseThrow(() -> ApiException.notFound("Post"));
    record T(String title, boolean visible) {}
    T t =
        db.one(
                "SELECT title, visible FROM forum_topics WHERE id = ?",
                rs -> new T(rs.getString(1), rs.getBoolean(2)),
                p.topicId())
            .orElseThrow();
    boolean own = Long.valueOf(me.id()).equals(p.authorId());
    if (!me.isCoordinator() && ((!t.visible() && !own) || p.deleted() || (p.hidden() && !own))) {
      throw ApiException.notFound("Post");
    }
    Map<String, String> fields = writing.read(p.fieldsMd());
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

  List<ForumDtos.RevisionView> revisions(CurrentMember me, long postId) {
    ForumDtos.PostSource current = source(me, postId);
    ForumStore.PostRow p = store.post(postId, false).orElseThrow();
    List<ForumDtos.RevisionView> out =
        new ArrayList<>(
            db.list(
                "SELECT r.version, r.title, r.body_md, r.fields_md, r.editor_id, m.display_name,"
                    + " r.created_at FROM forum_post_revisions r"
                    + " LEFT JOIN members m ON m.id = r.editor_id WHERE r.post_id = ? ORDER BY r.version",
                rs -> {
                  Long editor = Db.nullableLong(rs, "editor_id");
                  Map<String, String> f = writing.read(rs.getString("fields_md"));
                  return new ForumDtos.RevisionView(
                      rs.getInt("version"),
                      rs.getString("title"),
                      rs.getString("body_md"),
                      f == null ? null : ForumDtos.StoryFields.of(f),
                      editor == null
                          ? null
                          : new ForumDtos.MemberRef(editor, rs.getString("display_name")),
                      Db.instant(rs, "created_at"),
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
