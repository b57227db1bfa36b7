package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.platform.cache.GenerationCache;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.json.JsonSplice;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.profiles.ProfileFacts;
import no.helsebro.profiles.TaxonomyKind;
import no.helsebro.profiles.TaxonomyService;

/**
 * The topic lists, a hot read (docs/adr/0201): one query per page (a deferred join: the page of ids
 * comes from a covering index, then only those rows are read) plus one for tags and systems. The
 * page as everybody sees it is cached until the next forum write (docs/adr/0207); the member's read
 * markers are one primary-key query per request.
 */
@Singleton
class TopicListReader {

  private static final int CACHE_MAX = 1_000;

  /** How an item's JSON ends, and the part kept before the member's read marker is spliced in. */
  private static final String READ_MARKER_TAIL = "\"lastReadPostNumber\":null}";

  private static final String READ_MARKER_NAME = "\"lastReadPostNumber\":";

  /**
   * One page of a list as everybody sees it (without the member's read markers). {@code itemJson}:
   * each summary as JSON, encoded once, cut off after {@code "lastReadPostNumber":} so the member's
   * own marker can follow.
   */
  private record SharedPage(
      List<ForumDtos.TopicSummary> rows,
      Map<Long, List<ForumStore.Label>> labels,
      boolean hasNext,
      @Nullable Long total,
      List<byte[]> itemJson) {}

  // Hand-written SQL: the hot topic list read (ADR 0201).

  private final JdbcQueries db;
  private final ForumStore store;
  private final ForumChanges changes;
  private final JsonMapper json;
  private final GenerationCache<TopicListQuery, SharedPage> cache;
  private final AuthorNames names;
  private final TaxonomyService taxonomy;
  private final ProfileFacts profiles;

  TopicListReader(
      JdbcQueries db,
      ForumStore store,
      ForumChanges changes,
      JsonMapper json,
      ForumConfig config,
      AuthorNames names,
      TaxonomyService taxonomy,
      ProfileFacts profiles) {
    this.db = db;
    this.names = names;
    this.taxonomy = taxonomy;
    this.profiles = profiles;
    this.store = store;
    this.changes = changes;
    this.json = json;
    // The maximum age is a safety net for a change that reached the database without a change
    // feed event (by hand, say); every change the code makes has one.
    this.cache = new GenerationCache<>(CACHE_MAX, config.getSharedCacheMaxAge().toNanos());
  }

  ForumDtos.PageOf<ForumDtos.TopicSummary> list(CurrentMember me, TopicListQuery q) {
    SharedPage shared = shared(me, q);
    return new ForumDtos.PageOf<>(
        TopicSummaryRows.labelled(shared.rows(), shared.labels(), reads(me, shared)),
        q.page(),
        q.size(),
        shared.hasNext(),
        shared.total());
  }

  /**
   * The same page as {@link #list}, as the JSON the API sends. Encoding 30 summaries was half of
   * the JVM's work per list request (bench/results/forum.md), so the shared part is encoded once
   * per cached page and only the member's read markers are written per request.
   */
  byte[] listJson(CurrentMember me, TopicListQuery q) {
    SharedPage shared = shared(me, q);
    Map<Long, Integer> reads = reads(me, shared);
    int size = 128;
    for (byte[] item : shared.itemJson()) {
      size += item.length + 12;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.writeBytes(JsonSplice.ascii("{\"items\":["));
    for (int i = 0; i < shared.rows().size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(shared.itemJson().get(i));
      Integer read = reads.get(shared.rows().get(i).id());
      out.writeBytes(JsonSplice.ascii(read == null ? "null}" : read + "}"));
    }
    out.writeBytes(
        JsonSplice.ascii(
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

  /** The shared part of a list page: from the cache while no forum write has happened since. */
  private SharedPage shared(CurrentMember me, TopicListQuery q) {
    if (q.mySystems()) {
      // Filtered by the member's own profile: not shared with anyone.
      return sharedPage(me, q);
    }
    return cache.get(q, changes.generation(), g -> sharedPage(me, q));
  }

  /** The member's own part: read markers of the page's topics, by primary key. */
  private Map<Long, Integer> reads(CurrentMember me, SharedPage shared) {
    List<Long> ids = TopicSummaryRows.ids(shared.rows());
    Map<Long, Integer> reads = new HashMap<>();
    if (!ids.isEmpty()) {
      db.list(
          // FORCE INDEX: without it MariaDB 10.11 reads all of the member's markers by the
          // key prefix (ref on member_id: 4,228 rows for the bench member, 2.2 ms) instead of
          // the page's 31 ranges (0.1 ms); see bench/results/forum.md.
          "SELECT topic_id, last_read_post_number FROM forum_reads FORCE INDEX (PRIMARY)"
              + " WHERE member_id = ? AND topic_id IN ("
              + JdbcQueries.marks(ids.size())
              + ")",
          rs -> reads.put(rs.getLong(1), rs.getInt(2)),
          JdbcQueries.params(me.id(), ids));
    }
    return reads;
  }

  /** Each summary as JSON without the member's read marker (its value and closing brace). */
  private List<byte[]> itemJson(
      List<ForumDtos.TopicSummary> rows, Map<Long, List<ForumStore.Label>> labels) {
    List<byte[]> items = new ArrayList<>(rows.size());
    for (ForumDtos.TopicSummary summary : TopicSummaryRows.labelled(rows, labels, Map.of())) {
      items.add(JsonSplice.prefix(encode(summary), READ_MARKER_TAIL, READ_MARKER_NAME));
    }
    return items;
  }

  private byte[] encode(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One page of a list as everybody sees it: the rows, their labels, whether more follow. */
  private SharedPage sharedPage(CurrentMember me, TopicListQuery q) {
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
    // Terms and the member's systems come from the profiles module's facades, as ids (ADR 0024).
    if (!q.systems().isEmpty()) {
      Set<Long> systems = taxonomy.idsByCode(TaxonomyKind.SYSTEM, q.systems());
      where.add(
          "EXISTS (SELECT 1 FROM forum_topic_systems ts WHERE ts.topic_id = t.id AND ts.term_id IN ("
              + idsIn(systems, params)
              + "))");
    }
    if (q.mySystems()) {
      where.add(
          "EXISTS (SELECT 1 FROM forum_topic_systems ts WHERE ts.topic_id = t.id AND ts.term_id IN ("
              + idsIn(profiles.systemIds(me.id()), params)
              + "))");
    }
    if (q.workplaceType() != null) {
      Set<Long> workplace =
          taxonomy.idsByCode(TaxonomyKind.WORKPLACE_TYPE, List.of(q.workplaceType()));
      where.add("t.workplace_type_id IN (" + idsIn(workplace, params) + ")");
    }
    if (q.audience() != null) {
      Set<Long> audience = taxonomy.idsByCode(TaxonomyKind.AUDIENCE, List.of(q.audience()));
      where.add(
          "EXISTS (SELECT 1 FROM forum_topic_audiences ta WHERE ta.topic_id = t.id AND ta.term_id IN ("
              + idsIn(audience, params)
              + "))");
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
            + TopicSummaryRows.SHARED_COLUMNS
            + " FROM (SELECT t.id FROM forum_topics t WHERE "
            + String.join(" AND ", where)
            + " ORDER BY "
            + order
            + " LIMIT ? OFFSET ?) ids JOIN forum_topics t ON t.id = ids.id"
            + " ORDER BY "
            + order;
    params.add(q.size() + 1);
    params.add(q.page() * q.size());
    List<ForumDtos.TopicSummary> rows = db.list(sql, TopicSummaryRows::row, params.toArray());
    boolean hasNext = rows.size() > q.size();
    if (hasNext) {
      rows = rows.subList(0, q.size());
    }
    rows = TopicSummaryRows.named(rows, names);
    Long total = null;
    if (q.onlyCategory() && inCategory) {
      total =
          db.one(
                  "SELECT topic_count FROM forum_categories WHERE slug = ?",
                  rs -> rs.getLong(1),
                  q.category())
              .orElse(0L);
    }
    Map<Long, List<ForumStore.Label>> labels = store.labels(TopicSummaryRows.ids(rows), false);
    return new SharedPage(List.copyOf(rows), labels, hasNext, total, itemJson(rows, labels));
  }

  /** Placeholders for the ids, added to the parameters; NULL (which nothing equals) when none. */
  private static String idsIn(Set<Long> ids, List<Object> params) {
    params.addAll(ids);
    return ids.isEmpty() ? "NULL" : JdbcQueries.marks(ids.size());
  }
}
