// Over 400 lines: one index's writer and searchers share a lifecycle (open, refresh, commit).
package no.helsebro.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import no.helsebro.platform.cache.GenerationCache;
import no.helsebro.search.analysis.SearchAnalyzers;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
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
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
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

  /** Answers of each kind kept at most by default (helsebro.search.result-cache, ADR 0453). */
  static final int DEFAULT_RESULT_CACHE = 1_000;

  private static final int MAX_PAGE_DEPTH = 1000;
  private static final Set<String> SIMILAR_FIELDS =
      Set.of(
          TopicDocuments.ID,
          TopicDocuments.TITLE,
          TopicDocuments.KIND,
          TopicDocuments.SOLVED,
          TopicDocuments.REPLY_NUMBERS);

  private final Directory directory;
  private final SearchAnalyzers analyzers;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facets = TopicDocuments.facetsConfig();
  private volatile QueryText queryText;
  private final FacetCounts facetCounts;

  /** The typo automata of recent words, shared by every parser of this engine. */
  private final FuzzyAutomata automata;

  /**
   * Answers given on one view of the index (ADR 0453): kept by the reader's version (it grows with
   * every change a refresh makes searchable) and the parser asked with (it holds the synonyms).
   */
  private final GenerationCache<Asked<SearchQuery>, SearchResults> results;

  private final GenerationCache<Asked<SearchQuery>, FacetCounts.Counted> counts;
  private final GenerationCache<Asked<Similar>, List<SimilarTopic>> alike;
  private final boolean caching;

  /** The field infos of the last reader searched (the highlighter's, merged once per reader). */
  private volatile ReaderFields readerFields;

  private record ReaderFields(IndexReader reader, FieldInfos infos) {}

  /** A question to the index and the parser it is parsed with. */
  private record Asked<Q>(Q question, QueryText parser) {}

  SearchEngine(Directory directory, SearchAnalyzers analyzers, SystemSynonyms synonyms)
      throws IOException {
    this(directory, analyzers, synonyms, FacetCounts.DEFAULT_SAMPLE);
  }

  /** An engine that answers every search from the index (no result cache). */
  SearchEngine(
      Directory directory, SearchAnalyzers analyzers, SystemSynonyms synonyms, int facetSample)
      throws IOException {
    this(directory, analyzers, synonyms, facetSample, 0);
  }

  /**
   * @param facetSample matches counted for the facets at most: a broader search counts a random
   *     sample of this size and scales the counts up (estimates, flagged in the results)
   * @param resultCache answers of each kind (pages of hits, counts, similar topics) kept at most,
   *     for the current view of the index (ADR 0453); 0 keeps none
   */
  SearchEngine(
      Directory directory,
      SearchAnalyzers analyzers,
      SystemSynonyms synonyms,
      int facetSample,
      int resultCache)
      throws IOException {
    this(directory, analyzers, synonyms, facetSample, resultCache, FuzzyAutomata.DEFAULT_WORDS);
  }

  /**
   * @param fuzzyWords words whose typo automata are kept for later searches; 0 keeps none
   */
  SearchEngine(
      Directory directory,
      SearchAnalyzers analyzers,
      SystemSynonyms synonyms,
      int facetSample,
      int resultCache,
      int fuzzyWords)
      throws IOException {
    this.directory = directory;
    this.analyzers = analyzers;
    IndexWriterConfig config = new IndexWriterConfig(analyzers.index());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    // One policy for every searcher of this engine: what repeats is known across refreshes.
    QueryCachingPolicy caching = new DateRangesUncached();
    this.searchers =
        new SearcherManager(
            writer,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                  throws IOException {
                IndexSearcher searcher = super.newSearcher(reader, previous);
                searcher.setQueryCachingPolicy(caching);
                return searcher;
              }
            });
    this.automata = new FuzzyAutomata(fuzzyWords);
    this.queryText = new QueryText(analyzers, synonyms, automata);
    this.facetCounts = new FacetCounts(facets, facetSample);
    this.caching = resultCache > 0;
    this.results = new GenerationCache<>(Math.max(1, resultCache), Long.MAX_VALUE);
    this.counts = new GenerationCache<>(Math.max(1, resultCache), Long.MAX_VALUE);
    this.alike = new GenerationCache<>(Math.max(1, resultCache), Long.MAX_VALUE);
  }

  void synonyms(SystemSynonyms synonyms) {
    this.queryText = new QueryText(analyzers, synonyms, automata);
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

  /**
   * Merges the index into one segment (after a rebuild, which writes it in many): a search pays per
   * segment for every word's lookup and every collector, and one segment made a never-asked search
   * about a fifth cheaper at 100,000 topics (bench/results/2026-12-07-search.md). Waits for the
   * merge (2–3 s at that size); later writes add small segments that Lucene's merge policy folds
   * in.
   */
  void mergeIntoOne() {
    try {
      writer.forceMerge(1);
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

  /** Words whose typo automata are kept now (for tests). */
  int fuzzyWordsKept() {
    return automata.size();
  }

  /** Topics in the index now (as searches see them). */
  int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** Segments of the index as searches see it (for tests). */
  int segments() {
    return withSearcher(s -> s.getIndexReader().leaves().size());
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
   * cannot reach it (bench/results/search.md, "Counting apart from ranking"). A search asked before
   * on the same view of the index is answered from the result cache, and another page or order of
   * it reuses its counts (ADR 0453).
   */
  SearchResults search(SearchQuery asked, FacetLabels labels) {
    SearchQuery q = asked.normalized();
    return withSearcher(
        searcher -> {
          QueryText parser = queryText;
          SearchResults found =
              cached(results, new Asked<>(q, parser), searcher, () -> find(q, searcher, parser));
          return FacetCounts.labelled(found, labels);
        });
  }

  /**
   * The answer kept for this view of the index, or the one found (and kept) when there is none: a
   * search on another reader (a refresh since) finds anew, so no answer outlives the change.
   */
  private <K, V> V cached(
      GenerationCache<K, V> cache, K key, IndexSearcher searcher, Answer<V> answer)
      throws IOException {
    if (!caching) {
      return answer.find();
    }
    long version =
        searcher.getIndexReader() instanceof DirectoryReader reader ? reader.getVersion() : 0;
    try {
      return cache.get(
          key,
          version,
          v -> {
            try {
              return answer.find();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @FunctionalInterface
  private interface Answer<V> {
    V find() throws IOException;
  }

  private SearchResults find(SearchQuery q, IndexSearcher searcher, QueryText parser)
      throws IOException {
    QueryText.Parsed words =
        q.text() == null ? null : parser.parse(q.text(), QueryText.Strictness.MOST, searcher);
    if (searcher.getIndexReader().numDocs() == 0) {
      // An empty index (a node's first start, before its rebuild) has no facet fields yet.
      Map<String, List<SearchResults.FacetValue>> none = new LinkedHashMap<>();
      TopicDocuments.DIMENSIONS.forEach(d -> none.put(d, List.of()));
      return new SearchResults(0, q.page(), q.size(), List.of(), none, false);
    }
    // Counted without scores: drill sideways scores its base query for every match even when
    // nothing asks for a score (a sixth of a never-asked search's CPU went to a filtered kind).
    Query countingBase = words == null ? new MatchAllDocsQuery() : new Unscored(words.matching());
    DrillDownQuery counting = drillDown(q, countingBase);
    // The counts do not depend on the page or the order: the other pages and orders reuse them.
    Asked<SearchQuery> countsOf = new Asked<>(q.withoutPageAndOrder(), parser);
    int topN = Math.min(MAX_PAGE_DEPTH, (q.page() + 1) * q.size());
    FacetCounts.Counted counted;
    TopDocs top;
    if (q.byDate() || words == null) {
      Sort sort = new Sort(new SortField(TopicDocuments.ACTIVITY, SortField.Type.LONG, true));
      TopDocs[] newest = new TopDocs[1];
      counted =
          cached(
              counts,
              countsOf,
              searcher,
              () -> {
                TopFieldCollectorManager page =
                    new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE);
                if (kindOnly(q)) {
                  FacetCounts.KindSplit.Found<TopFieldDocs> found =
                      byKind(q, countingBase, searcher, page);
                  newest[0] = found.inner();
                  return facetCounts.counted(found.inner().totalHits.value, found, searcher);
                }
                // One pass counts the matches and the facets and keeps the newest page: sorting
                // every match in a second pass cost as much again.
                DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> both =
                    facetCounts.sideways(searcher).search(counting, page);
                newest[0] = both.collectorResult;
                return facetCounts.counted(both.collectorResult.totalHits.value, both, searcher);
              });
      top = newest[0] != null ? newest[0] : searcher.search(counting, topN, sort);
    } else {
      counted =
          cached(
              counts,
              countsOf,
              searcher,
              () -> {
                if (kindOnly(q)) {
                  FacetCounts.KindSplit.Found<Integer> found =
                      byKind(q, countingBase, searcher, new TotalHitCountCollectorManager());
                  return facetCounts.counted(found.inner(), found, searcher);
                }
                DrillSideways.ConcurrentDrillSidewaysResult<Integer> count =
                    facetCounts
                        .sideways(searcher)
                        .search(counting, new TotalHitCountCollectorManager());
                return facetCounts.counted(count.collectorResult, count, searcher);
              });
      // The total comes from the count: ranking may skip topics from the first hit on.
      top =
          searcher.search(
              drillDown(q, words.ranking()), new TopScoreDocCollectorManager(topN, null, 1));
    }
    int start = Math.min(q.page() * q.size(), top.scoreDocs.length);
    ScoreDoc[] pageDocs =
        java.util.Arrays.copyOfRange(
            top.scoreDocs, start, Math.min(start + q.size(), top.scoreDocs.length));
    List<SearchResults.Hit> hits =
        SearchHits.of(
            searcher,
            fieldInfos(searcher),
            analyzers.index(),
            words == null ? null : words.ranking(),
            pageDocs);
    return new SearchResults(
        counted.total(), q.page(), q.size(), hits, counted.facets(), counted.estimated());
  }

  /**
   * Whether the kind is the search's only facet choice: then one pass counts it sideways from the
   * kinds' ordinals instead of drill sideways' second scorer ({@link FacetCounts#byKind}).
   */
  private static boolean kindOnly(SearchQuery q) {
    return !q.kinds().isEmpty()
        && q.categories().isEmpty()
        && q.tags().isEmpty()
        && q.systems().isEmpty()
        && q.workplaces().isEmpty();
  }

  /**
   * The one pass of a search whose only choice is its kind: the words and filters without the
   * kind's filter, each match's kind read, the chosen kinds' matches also given to {@code inner}.
   */
  private <C extends Collector, T> FacetCounts.KindSplit.Found<T> byKind(
      SearchQuery q, Query words, IndexSearcher searcher, CollectorManager<C, T> inner)
      throws IOException {
    return searcher.search(
        drillDown(q.ofKinds(List.of()), words), facetCounts.byKind(searcher, q.kinds(), inner));
  }

  /** The merged field infos of the searcher's reader, merged once per reader. */
  private FieldInfos fieldInfos(IndexSearcher searcher) {
    ReaderFields known = readerFields;
    if (known != null && known.reader() == searcher.getIndexReader()) {
      return known.infos();
    }
    ReaderFields merged =
        new ReaderFields(
            searcher.getIndexReader(), FieldInfos.getMergedFieldInfos(searcher.getIndexReader()));
    readerFields = merged;
    return merged.infos();
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
          QueryText parser = queryText;
          Similar asked = new Similar(text, excludeId, limit);
          return cached(
              alike, new Asked<>(asked, parser), searcher, () -> similar(searcher, parser, asked));
        });
  }

  /** Similar topics asked for. */
  private record Similar(String text, Long excludeId, int limit) {}

  private List<SimilarTopic> similar(IndexSearcher searcher, QueryText parser, Similar asked)
      throws IOException {
    QueryText.Parsed parsed = parser.parse(asked.text(), QueryText.Strictness.ANY, searcher);
    if (parsed == null) {
      return List.of();
    }
    Query words = parsed.ranking();
    Query query = words;
    if (asked.excludeId() != null) {
      query =
          new BooleanQuery.Builder()
              .add(words, Occur.MUST)
              .add(
                  new TermQuery(new Term(TopicDocuments.ID, asked.excludeId().toString())),
                  Occur.MUST_NOT)
              .build();
    }
    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(asked.limit(), null, 1));
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
      // Only the fields shown: the topic's text (every reply) is not decoded.
      Document d = stored.document(sd.doc, SIMILAR_FIELDS);
      String numbers = d.get(TopicDocuments.REPLY_NUMBERS);
      similar.add(
          new SimilarTopic(
              Long.parseLong(d.get(TopicDocuments.ID)),
              d.get(TopicDocuments.TITLE),
              d.get(TopicDocuments.KIND),
              Boolean.parseBoolean(d.get(TopicDocuments.SOLVED)),
              numbers == null || numbers.isEmpty() ? 0 : numbers.split(",").length));
    }
    return List.copyOf(similar);
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
}
