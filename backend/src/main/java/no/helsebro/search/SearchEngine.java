package no.helsebro.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import no.helsebro.forum.ForumSearchSource.SearchableTopic;
import no.helsebro.search.analysis.SearchAnalyzers;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The search index of one node, without framework (docs/adr/0450): topics in, searches and similar
 * topics out. Writes are visible to searches after {@link #refresh()}; {@link #commit} makes them
 * durable with the change feed position they include.
 */
final class SearchEngine implements Closeable {

  static final String POSITION = "feedPosition";
  static final String DICTIONARY = "dictionary";
  static final String FORMAT = "format";

  /** Raised when what is indexed per topic changes: an index of another format is rebuilt. */
  static final String CURRENT_FORMAT = "2";

  private static final int MAX_PAGE_DEPTH = 1000;

  /**
   * Matches counted for the facets at most. Counting reads every value of every facet of every
   * match (83 % of a search's CPU at 100,000 topics before sampling, ADR 0452).
   */
  static final int DEFAULT_FACET_SAMPLE = 10_000;

  /** The same sample for the same search: counts do not jump between pages or reloads. */
  private static final long SAMPLE_SEED = 0x48656c7365L;

  private final int facetSample;

  private final Directory directory;
  private final SearchAnalyzers analyzers;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facets = TopicDocuments.facetsConfig();
  private volatile QueryText queryText;
  private volatile FacetState facetState;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  SearchEngine(Directory directory, SearchAnalyzers analyzers, SystemSynonyms synonyms)
      throws IOException {
    this(directory, analyzers, synonyms, DEFAULT_FACET_SAMPLE);
  }

  /**
   * @param facetSample matches counted for the facets at most: a broader search counts a random
   *     sample of this size and scales the counts up (estimates, flagged in the results)
   */
  SearchEngine(
      Directory directory, SearchAnalyzers analyzers, SystemSynonyms synonyms, int facetSample)
      throws IOException {
    this.facetSample = facetSample;
    this.directory = directory;
    this.analyzers = analyzers;
    IndexWriterConfig config = new IndexWriterConfig(analyzers.index());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, new SearcherFactory());
    this.queryText = new QueryText(analyzers, synonyms);
  }

  void synonyms(SystemSynonyms synonyms) {
    this.queryText = new QueryText(analyzers, synonyms);
  }

  /** The commit data of the last commit (position, dictionary, format), empty when none. */
  Map<String, String> committed() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return Map.of();
      }
      Map<String, String> data = new HashMap<>();
      Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
      if (live != null) {
        live.forEach(e -> data.put(e.getKey(), e.getValue()));
      }
      return data;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether this index was built by this format and dictionary, and where it left off. */
  OptionalLong resumablePosition() {
    Map<String, String> data = committed();
    if (!CURRENT_FORMAT.equals(data.get(FORMAT))
        || !Integer.toString(analyzers.dictionaryHash()).equals(data.get(DICTIONARY))
        || data.get(POSITION) == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(data.get(POSITION)));
  }

  /**
   * Puts the topics' current state in the index: those in {@code topics} are (re)written, the other
   * ids in {@code ids} are removed (no longer to be found).
   */
  void apply(Collection<Long> ids, List<SearchableTopic> topics) {
    try {
      Set<Long> present = new HashSet<>();
      for (SearchableTopic t : topics) {
        present.add(t.topicId());
        writer.updateDocument(
            new Term(TopicDocuments.ID, Long.toString(t.topicId())),
            facets.build(TopicDocuments.of(t)));
      }
      for (Long id : ids) {
        if (!present.contains(id)) {
          writer.deleteDocuments(new Term(TopicDocuments.ID, Long.toString(id)));
        }
      }
    } catch (IOException | AlreadyClosedException e) {
      throw new IndexFailure(e);
    }
  }

  /** Removes every topic whose id is not in {@code keep} (the end of a rebuild). */
  void removeAllBut(Set<Long> keep) {
    refresh();
    List<String> gone = new ArrayList<>();
    withSearcher(
        searcher -> {
          for (var leaf : searcher.getIndexReader().leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            var live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
              if (live != null && !live.get(doc)) {
                continue;
              }
              String id = stored.document(doc, Set.of(TopicDocuments.ID)).get(TopicDocuments.ID);
              if (id != null && !keep.contains(Long.parseLong(id))) {
                gone.add(id);
              }
            }
          }
          return null;
        });
    try {
      for (String id : gone) {
        writer.deleteDocuments(new Term(TopicDocuments.ID, id));
      }
    } catch (IOException | AlreadyClosedException e) {
      throw new IndexFailure(e);
    }
  }

  /** Makes what was applied visible to searches. */
  void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException | AlreadyClosedException e) {
      throw new IndexFailure(e);
    }
  }

  /** Makes what was applied durable, noting the change feed position it includes. */
  void commit(long position) {
    try {
      writer.setLiveCommitData(
          Map.of(
                  POSITION, Long.toString(position),
                  DICTIONARY, Integer.toString(analyzers.dictionaryHash()),
                  FORMAT, CURRENT_FORMAT)
              .entrySet());
      writer.commit();
    } catch (IOException | AlreadyClosedException e) {
      throw new IndexFailure(e);
    }
  }

  /**
   * Whether the writer can still write: not closed by Lucene after an error it cannot undo (a
   * "tragic" one) or by {@link #abandon()}.
   */
  boolean writable() {
    return writer.isOpen() && writer.getTragicException() == null;
  }

  /**
   * Gives up the writer after a failure of the index on disk, dropping what was not committed and
   * releasing the index lock, so that a new engine can open the directory. Searches go on with what
   * they see until {@link #close()}.
   */
  void abandon() {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      // The lock's channel may be closed already (what broke the writer); the lock is released
      // either way.
    }
  }

  /** Topics in the index that carry any of these tags (by id). */
  List<Long> topicIdsWithTags(Collection<Long> tagIds) {
    List<BytesRef> terms = tagIds.stream().map(id -> new BytesRef(Long.toString(id))).toList();
    return topicIdsMatching(new TermInSetQuery(TopicDocuments.TAG_ID, terms));
  }

  /** Topics in the index of this category that are not filed under its slug (it changed). */
  List<Long> topicIdsOfCategoryNotUnder(long categoryId, String slug) {
    return topicIdsMatching(
        new BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(TopicDocuments.CATEGORY_ID, Long.toString(categoryId))),
                Occur.FILTER)
            .add(new TermQuery(new Term(TopicDocuments.CATEGORY, slug)), Occur.MUST_NOT)
            .build());
  }

  private List<Long> topicIdsMatching(Query query) {
    return withSearcher(
        searcher -> {
          List<Integer> docs = new ArrayList<>();
          searcher.search(
              query,
              new SimpleCollector() {
                private int base;

                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                  base = context.docBase;
                }

                @Override
                public void collect(int doc) {
                  docs.add(base + doc);
                }

                @Override
                public ScoreMode scoreMode() {
                  return ScoreMode.COMPLETE_NO_SCORES;
                }
              });
          List<Long> ids = new ArrayList<>(docs.size());
          StoredFields stored = searcher.storedFields();
          for (int doc : docs) {
            ids.add(
                Long.parseLong(
                    stored.document(doc, Set.of(TopicDocuments.ID)).get(TopicDocuments.ID)));
          }
          return ids;
        });
  }

  /** Topics in the index now (as searches see them). */
  int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** Bytes the index takes on disk. */
  long bytesOnDisk() {
    try {
      long total = 0;
      for (String file : directory.listAll()) {
        try {
          total += directory.fileLength(file);
        } catch (IOException gone) {
          // merged away while counting
        }
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Searches; labels names facet values that are codes (in both languages). Counting and ranking
   * are two passes: every match is counted for the total and the facets through the cheap matching
   * form of the query, without scores; only the best page is ranked, where Lucene skips topics that
   * cannot reach it (bench/results/search.md, "Counting apart from ranking").
   */
  SearchResults search(SearchQuery q, FacetLabels labels) {
    return withSearcher(
        searcher -> {
          QueryText.Parsed words =
              q.text() == null
                  ? null
                  : queryText.parse(q.text(), QueryText.Strictness.MOST, searcher);
          if (searcher.getIndexReader().numDocs() == 0) {
            // An empty index (a node's first start, before its rebuild) has no facet fields yet.
            Map<String, List<SearchResults.FacetValue>> none = new LinkedHashMap<>();
            TopicDocuments.DIMENSIONS.forEach(d -> none.put(d, List.of()));
            return new SearchResults(0, Math.max(0, q.page()), q.size(), List.of(), none, false);
          }
          DrillDownQuery counting =
              drillDown(q, words == null ? new MatchAllDocsQuery() : words.matching());
          SampledSideways sideways =
              new SampledSideways(searcher, facets, facetState(searcher), facetSample);
          DrillSideways.ConcurrentDrillSidewaysResult<Integer> counted =
              sideways.search(counting, new TotalHitCountCollectorManager());

          int size = Math.max(1, Math.min(q.size(), 50));
          int page = Math.max(0, q.page());
          int topN = Math.min(MAX_PAGE_DEPTH, (page + 1) * size);
          TopDocs top;
          if (q.byDate() || words == null) {
            Sort sort = new Sort(new SortField(TopicDocuments.ACTIVITY, SortField.Type.LONG, true));
            top = searcher.search(counting, topN, sort);
          } else {
            // The total comes from the count: ranking may skip topics from the first hit on.
            top =
                searcher.search(
                    drillDown(q, words.ranking()), new TopScoreDocCollectorManager(topN, null, 1));
          }
          int start = Math.min(page * size, top.scoreDocs.length);
          ScoreDoc[] pageDocs =
              java.util.Arrays.copyOfRange(
                  top.scoreDocs, start, Math.min(start + size, top.scoreDocs.length));
          List<SearchResults.Hit> hits =
              hits(searcher, words == null ? null : words.ranking(), pageDocs);
          Map<String, List<SearchResults.FacetValue>> counts =
              facetCounts(counted, searcher, labels);
          return new SearchResults(
              counted.collectorResult, page, size, hits, counts, sampled(counted));
        });
  }

  /** The query with the search's filters and facet choices. */
  private DrillDownQuery drillDown(SearchQuery q, Query base) {
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(base, Occur.MUST);
    if (q.solved() != null) {
      filtered.add(
          new TermQuery(new Term(TopicDocuments.SOLVED, q.solved().toString())), Occur.FILTER);
    }
    if (q.authorId() != null) {
      filtered.add(
          new TermQuery(new Term(TopicDocuments.AUTHOR, q.authorId().toString())), Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochMilli() - 1;
      filtered.add(LongPoint.newRangeQuery(TopicDocuments.CREATED, from, to), Occur.FILTER);
    }
    DrillDownQuery drill = new DrillDownQuery(facets, filtered.build());
    addDim(drill, TopicDocuments.KIND, q.kinds());
    addDim(drill, TopicDocuments.CATEGORY, q.categories());
    addDim(drill, TopicDocuments.TAG, q.tags());
    addDim(drill, TopicDocuments.SYSTEM, q.systems());
    addDim(drill, TopicDocuments.WORKPLACE, q.workplaces());
    return drill;
  }

  /**
   * Topics like the text, most alike first, solved questions of those first; {@code excludeId} (the
   * topic itself on its page) left out.
   */
  List<SimilarTopic> similar(String text, Long excludeId, int limit) {
    return withSearcher(
        searcher -> {
          QueryText.Parsed parsed = queryText.parse(text, QueryText.Strictness.ANY, searcher);
          if (parsed == null) {
            return List.<SimilarTopic>of();
          }
          Query words = parsed.ranking();
          Query query = words;
          if (excludeId != null) {
            query =
                new BooleanQuery.Builder()
                    .add(words, Occur.MUST)
                    .add(
                        new TermQuery(new Term(TopicDocuments.ID, excludeId.toString())),
                        Occur.MUST_NOT)
                    .build();
          }
          TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, null, 1));
          if (top.scoreDocs.length == 0) {
            return List.of();
          }
          // A weak tail (a single common word) is noise next to a near duplicate.
          float best = top.scoreDocs[0].score;
          StoredFields stored = searcher.storedFields();
          List<SimilarTopic> similar = new ArrayList<>();
          for (ScoreDoc sd : top.scoreDocs) {
            if (sd.score < best * 0.25f) {
              break;
            }
            Document d = stored.document(sd.doc);
            String numbers = d.get(TopicDocuments.REPLY_NUMBERS);
            similar.add(
                new SimilarTopic(
                    Long.parseLong(d.get(TopicDocuments.ID)),
                    d.get(TopicDocuments.TITLE),
                    d.get(TopicDocuments.KIND),
                    Boolean.parseBoolean(d.get(TopicDocuments.SOLVED)),
                    numbers == null || numbers.isEmpty() ? 0 : numbers.split(",").length));
          }
          return similar;
        });
  }

  /** Topic ids of the best matches for the text, in order (the relevance set's measure). */
  List<Long> topicIds(SearchQuery q) {
    List<Long> ids = new ArrayList<>();
    for (SearchResults.Hit hit : search(q, FacetLabels.NONE).hits()) {
      ids.add(hit.topicId());
    }
    return ids;
  }

  private static void addDim(DrillDownQuery drill, String dim, List<String> values) {
    for (String v : values) {
      drill.add(dim, v);
    }
  }

  private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
    FacetState current = facetState;
    if (current != null && current.reader() == searcher.getIndexReader()) {
      return current.state();
    }
    SortedSetDocValuesReaderState state =
        new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets);
    facetState = new FacetState(searcher.getIndexReader(), state);
    return state;
  }

  private Map<String, List<SearchResults.FacetValue>> facetCounts(
      DrillSideways.DrillSidewaysResult counted, IndexSearcher searcher, FacetLabels labels)
      throws IOException {
    Map<String, List<SearchResults.FacetValue>> out = new LinkedHashMap<>();
    for (String dim : TopicDocuments.DIMENSIONS) {
      List<SearchResults.FacetValue> values = new ArrayList<>();
      FacetResult r;
      try {
        r = counted.facets.getTopChildren(20, dim);
      } catch (IllegalArgumentException noSuchDim) {
        r = null;
      }
      if (r != null && collectorOf(counted, dim) instanceof RandomSamplingFacetsCollector sample) {
        r = sample.amortizeFacetCounts(r, facets, searcher);
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          FacetLabels.Label label = labels.label(dim, lv.label);
          values.add(
              new SearchResults.FacetValue(lv.label, lv.value.longValue(), label.nb(), label.en()));
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  /** The collector a dimension was counted from: its own when it is drilled sideways. */
  private static FacetsCollector collectorOf(
      DrillSideways.DrillSidewaysResult counted, String dim) {
    if (counted.drillSidewaysDims != null) {
      for (int i = 0; i < counted.drillSidewaysDims.length; i++) {
        if (dim.equals(counted.drillSidewaysDims[i])) {
          return counted.drillSidewaysFacetsCollector[i];
        }
      }
    }
    return counted.drillDownFacetsCollector;
  }

  /** Whether any dimension was counted from a sample (its counts are estimates). */
  private boolean sampled(DrillSideways.DrillSidewaysResult counted) {
    List<FacetsCollector> all = new ArrayList<>();
    all.add(counted.drillDownFacetsCollector);
    if (counted.drillSidewaysFacetsCollector != null) {
      all.addAll(java.util.Arrays.asList(counted.drillSidewaysFacetsCollector));
    }
    for (FacetsCollector c : all) {
      if (c instanceof RandomSamplingFacetsCollector sample) {
        long matched = 0;
        for (FacetsCollector.MatchingDocs docs : sample.getOriginalMatchingDocs()) {
          matched += docs.totalHits;
        }
        if (matched > facetSample) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Drill sideways whose facet collectors count a random sample of a broad search's matches
   * (Lucene's {@link RandomSamplingFacetsCollector}); a search with fewer matches is counted whole.
   */
  private static final class SampledSideways extends DrillSideways {
    private final int sample;

    SampledSideways(
        IndexSearcher searcher,
        FacetsConfig config,
        SortedSetDocValuesReaderState state,
        int sample) {
      super(searcher, config, state);
      this.sample = sample;
    }

    @Override
    protected FacetsCollectorManager createDrillDownFacetsCollectorManager() {
      return new SamplingManager(sample);
    }

    @Override
    protected FacetsCollectorManager createDrillSidewaysFacetsCollectorManager() {
      return new SamplingManager(sample);
    }
  }

  /** One sampling collector per search (this engine searches on the calling thread). */
  private static final class SamplingManager extends FacetsCollectorManager {
    private final int sample;

    SamplingManager(int sample) {
      this.sample = sample;
    }

    @Override
    public FacetsCollector newCollector() {
      return new RandomSamplingFacetsCollector(sample, SAMPLE_SEED);
    }

    @Override
    public FacetsCollector reduce(Collection<FacetsCollector> collectors) throws IOException {
      if (collectors.size() == 1) {
        return collectors.iterator().next();
      }
      // Several slices (a searcher with an executor) cannot share one sample: counted whole.
      return super.reduce(collectors);
    }
  }

  private List<SearchResults.Hit> hits(IndexSearcher searcher, Query words, ScoreDoc[] docs)
      throws IOException {
    if (docs.length == 0) {
      return List.of();
    }
    Map<String, String[]> marked = Map.of();
    if (words != null) {
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, analyzers.index())
              .withFieldMatcher(field -> true)
              .withHandleMultiTermQuery(true)
              .withHighlightPhrasesStrictly(true)
              .withMaxLength(20_000)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
              .build();
      int[] ids = new int[docs.length];
      for (int i = 0; i < docs.length; i++) {
        ids[i] = docs[i].doc;
      }
      marked =
          highlighter.highlightFields(
              new String[] {TopicDocuments.TITLE, TopicDocuments.BODY, TopicDocuments.REPLIES},
              words,
              ids,
              new int[] {1, 2, 1});
    }
    StoredFields stored = searcher.storedFields();
    List<SearchResults.Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document d = stored.document(docs[i].doc);
      String title = d.get(TopicDocuments.TITLE);
      String titleHtml = pick(marked, TopicDocuments.TITLE, i);
      String bodyHtml = pick(marked, TopicDocuments.BODY, i);
      String replyHtml = pick(marked, TopicDocuments.REPLIES, i);
      String snippet;
      int postNumber = 1;
      if (bodyHtml != null && bodyHtml.contains("<mark>")) {
        snippet = bodyHtml;
      } else if (replyHtml != null && replyHtml.contains("<mark>")) {
        snippet = replyHtml;
        postNumber = replyNumber(d, replyHtml);
      } else {
        snippet = bodyHtml != null ? bodyHtml : opening(d);
      }
      List<String> tags = new ArrayList<>();
      for (var f : d.getFields(TopicDocuments.TAG)) {
        tags.add(f.stringValue());
      }
      hits.add(
          new SearchResults.Hit(
              Long.parseLong(d.get(TopicDocuments.ID)),
              title,
              titleHtml != null ? titleHtml : Html.escape(title),
              d.get(TopicDocuments.KIND),
              d.get(TopicDocuments.CATEGORY),
              Boolean.parseBoolean(d.get(TopicDocuments.SOLVED)),
              snippet,
              postNumber,
              d.get(TopicDocuments.AUTHOR_NAME),
              Instant.ofEpochMilli(d.getField(TopicDocuments.CREATED).numericValue().longValue()),
              Instant.ofEpochMilli(d.getField(TopicDocuments.ACTIVITY).numericValue().longValue()),
              tags));
    }
    return hits;
  }

  private static String opening(Document d) {
    String body = d.get(TopicDocuments.BODY);
    if (body == null) {
      return null;
    }
    return Html.escape(body.length() > 240 ? body.substring(0, 240) + " …" : body);
  }

  private static String pick(Map<String, String[]> marked, String field, int i) {
    String[] values = marked.get(field);
    return values == null ? null : values[i];
  }

  /** Which reply a highlighted passage came from: the first whose text holds its first words. */
  private static int replyNumber(Document d, String passageHtml) {
    String[] numbers = d.get(TopicDocuments.REPLY_NUMBERS).split(",");
    String[] texts = d.getValues(TopicDocuments.REPLIES);
    String plain = Html.unescape(passageHtml.replace("<mark>", "").replace("</mark>", ""));
    String probe = plain.split(" … ")[0].strip();
    probe = probe.length() > 40 ? probe.substring(0, 40) : probe;
    for (int i = 0; i < texts.length && i < numbers.length; i++) {
      if (texts[i].contains(probe)) {
        return Integer.parseInt(numbers[i]);
      }
    }
    return numbers.length > 0 && !numbers[0].isEmpty() ? Integer.parseInt(numbers[0]) : 1;
  }

  private <T> T withSearcher(SearcherCall<T> call) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return call.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface SearcherCall<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    if (writer.isOpen()) {
      writer.close();
    }
  }

  /**
   * Writing to the index on disk failed (an I/O error, or a writer Lucene closed after one): the
   * engine is not to be written again; the index reopens it and rebuilds (docs/adr/0451).
   */
  static final class IndexFailure extends RuntimeException {
    IndexFailure(Exception cause) {
      super("Writing the search index failed: " + cause, cause);
    }
  }

  /** Labels of facet values that are codes. */
  interface FacetLabels {
    FacetLabels NONE = (dim, value) -> new Label(null, null);

    Label label(String dim, String value);

    record Label(String nb, String en) {}
  }
}
