package no.helsebro.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BitDocIdSet;

/**
 * Counting a search's facet values (ADR 0452): every match of a narrow search, a random sample of a
 * broad one (Lucene's {@link RandomSamplingFacetsCollector}, the same seed for the same search)
 * with the counts scaled up and flagged as estimates.
 */
final class FacetCounts {

  /**
   * Matches counted for the facets at most. Counting reads every value of every facet of every
   * match (83 % of a search's CPU at 100,000 topics before sampling, ADR 0452).
   */
  static final int DEFAULT_SAMPLE = 10_000;

  /** The same sample for the same search: counts do not jump between pages or reloads. */
  private static final long SAMPLE_SEED = 0x48656c7365L;

  private final FacetsConfig facets;
  private final int sample;
  private volatile FacetState cached;

  /**
   * What counting needs of one index reader: the facet ordinals, and each value's number of topics
   * (the cap of a scaled-up count), looked up once per reader instead of once per search.
   */
  private record FacetState(
      IndexReader reader,
      SortedSetDocValuesReaderState state,
      FacetOrdinals.OfReader ordinals,
      Map<String, Integer> topics) {}

  /** Each segment's facet ordinals, read once (counting adds up arrays, not doc values). */
  private final FacetOrdinals ordinals = new FacetOrdinals();

  /**
   * @param sample matches counted at most: a broader search counts a random sample of this size
   */
  FacetCounts(FacetsConfig facets, int sample) {
    this.facets = facets;
    this.sample = sample;
  }

  /** Drill sideways over the searcher, counting a sample of a broad search's matches. */
  DrillSideways sideways(IndexSearcher searcher) throws IOException {
    FacetState state = state(searcher);
    return new SampledSideways(searcher, facets, state.state(), state.ordinals(), sample);
  }

  private FacetState state(IndexSearcher searcher) throws IOException {
    FacetState current = cached;
    if (current != null && current.reader() == searcher.getIndexReader()) {
      return current;
    }
    SortedSetDocValuesReaderState docValues =
        new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets);
    FacetState state =
        new FacetState(
            searcher.getIndexReader(),
            docValues,
            ordinals.of(docValues),
            new ConcurrentHashMap<>());
    cached = state;
    return state;
  }

  /**
   * What a search's counting pass found: the total (exact) and the top values of every dimension,
   * without labels (they are added per request, in {@link #labelled}).
   *
   * @param estimated some dimension was counted from a sample (its counts are estimates)
   */
  record Counted(
      long total, Map<String, List<SearchResults.FacetValue>> facets, boolean estimated) {}

  /** The total and the facets of a counting pass. */
  Counted counted(long total, DrillSideways.DrillSidewaysResult counted, IndexSearcher searcher)
      throws IOException {
    return new Counted(total, counts(counted, searcher), sampled(counted));
  }

  /**
   * A pass for a search whose only facet choice is its kind (the search page's kind tabs): the
   * query without the kind's filter, every match's kind read from the ordinal arrays. Every match
   * counts for its kind (the kind's counts, exact), and a match of a chosen kind also goes to
   * {@code inner} (the total, or the newest page) and to the sample of the other dimensions'
   * counts. Drill sideways found the same with a second scorer over the kind's filter and counted
   * the kinds from a sample; this one pass cost a third less (bench/results/2026-12-07-search.md).
   */
  <C extends Collector, T> KindSplit<C, T> byKind(
      IndexSearcher searcher, List<String> kinds, CollectorManager<C, T> inner) throws IOException {
    return new KindSplit<>(state(searcher).ordinals(), kinds, inner, sample);
  }

  /** The total and the facets of a {@link #byKind} pass. */
  Counted counted(long total, KindSplit.Found<?> found, IndexSearcher searcher) throws IOException {
    FacetState state = state(searcher);
    Facets down = state.ordinals().count(found.sample());
    Facets kinds = state.ordinals().counts(found.kinds());
    // The kind is reported as a drilled dimension counted whole (not from a sample).
    DrillSideways.DrillSidewaysResult result =
        new DrillSideways.DrillSidewaysResult(
            new MultiFacets(Map.of(TopicDocuments.KIND, kinds), down),
            null,
            found.sample(),
            new FacetsCollector[] {new FacetsCollector()},
            new String[] {TopicDocuments.KIND});
    return counted(total, result, searcher);
  }

  /** The collectors of a {@link #byKind} pass (one per slice; this engine searches in one). */
  static final class KindSplit<C extends Collector, T>
      implements CollectorManager<KindSplit<C, T>.Split, KindSplit.Found<T>> {

    /** What the pass found: the inner collectors' result, each kind's matches, the sample. */
    record Found<T>(T inner, int[] kinds, FacetsCollector sample) {}

    private final FacetOrdinals.OfReader ordinals;
    private final CollectorManager<C, T> inner;
    private final SamplingManager sampling;
    private final int first;
    private final int last;
    private final boolean[] chosen;

    private KindSplit(
        FacetOrdinals.OfReader ordinals,
        List<String> kinds,
        CollectorManager<C, T> inner,
        int sample)
        throws IOException {
      this.ordinals = ordinals;
      this.inner = inner;
      this.sampling = new SamplingManager(sample);
      SortedSetDocValuesReaderState.OrdRange range = ordinals.range(TopicDocuments.KIND);
      this.first = range == null ? 0 : range.start;
      this.last = range == null ? -1 : range.end;
      this.chosen = new boolean[ordinals.size()];
      for (String kind : kinds) {
        int ord = ordinals.ordinal(TopicDocuments.KIND, kind);
        if (ord >= 0) {
          chosen[ord] = true;
        }
      }
    }

    @Override
    public Split newCollector() throws IOException {
      return new Split(inner.newCollector(), sampling.newCollector());
    }

    @Override
    public Found<T> reduce(Collection<Split> splits) throws IOException {
      List<C> inners = new ArrayList<>();
      List<FacetsCollector> samples = new ArrayList<>();
      int[] kinds = new int[ordinals.size()];
      for (Split split : splits) {
        inners.add(split.inner);
        samples.add(split.sampler);
        for (int i = 0; i < kinds.length; i++) {
          kinds[i] += split.kinds[i];
        }
      }
      return new Found<>(inner.reduce(inners), kinds, sampling.reduce(samples));
    }

    /** One slice's collector. */
    final class Split implements Collector {
      private final C inner;
      private final FacetsCollector sampler;
      private final int[] kinds = new int[ordinals.size()];

      private Split(C inner, FacetsCollector sampler) {
        this.inner = inner;
        this.sampler = sampler;
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        LeafCollector chosenMatches = inner.getLeafCollector(context);
        LeafCollector sampled = sampler.getLeafCollector(context);
        FacetOrdinals.Leaf leaf = ordinals.leaf(context);
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) throws IOException {
            chosenMatches.setScorer(scorer);
            sampled.setScorer(scorer);
          }

          @Override
          public void collect(int doc) throws IOException {
            int kind = leaf.first(doc, first, last);
            if (kind < 0) {
              return;
            }
            kinds[kind]++;
            if (chosen[kind]) {
              chosenMatches.collect(doc);
              sampled.collect(doc);
            }
          }

          @Override
          public void finish() throws IOException {
            chosenMatches.finish();
            sampled.finish();
          }
        };
      }

      @Override
      public ScoreMode scoreMode() {
        // Every match is visited (the kinds are counted whole): nothing may be skipped.
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }
  }

  /** The results with the facet values that are codes named by {@code labels}. */
  static SearchResults labelled(SearchResults found, FacetLabels labels) {
    if (labels == FacetLabels.NONE) {
      return found;
    }
    Map<String, List<SearchResults.FacetValue>> named = new LinkedHashMap<>();
    found
        .facets()
        .forEach(
            (dim, values) -> {
              List<SearchResults.FacetValue> out = new ArrayList<>(values.size());
              for (SearchResults.FacetValue v : values) {
                FacetLabels.Label label = labels.label(dim, v.value());
                out.add(new SearchResults.FacetValue(v.value(), v.count(), label.nb(), label.en()));
              }
              named.put(dim, out);
            });
    return new SearchResults(
        found.total(),
        found.page(),
        found.size(),
        found.hits(),
        named,
        found.facetCountsEstimated());
  }

  /** The top values of every dimension, scaled up where they were counted from a sample. */
  private Map<String, List<SearchResults.FacetValue>> counts(
      DrillSideways.DrillSidewaysResult counted, IndexSearcher searcher) throws IOException {
    Map<String, List<SearchResults.FacetValue>> out = new LinkedHashMap<>();
    for (String dim : TopicDocuments.DIMENSIONS) {
      List<SearchResults.FacetValue> values = new ArrayList<>();
      FacetResult r;
      try {
        r = counted.facets.getTopChildren(20, dim);
      } catch (IllegalArgumentException noSuchDim) {
        r = null;
      }
      if (r != null && collectorOf(counted, dim) instanceof RandomSamplingFacetsCollector sampled) {
        r = scaledUp(r, sampled, state(searcher));
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.add(new SearchResults.FacetValue(lv.label, lv.value.longValue(), null, null));
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  /**
   * A sample's counts scaled up to the whole, each capped by the topics that have the value: what
   * {@link RandomSamplingFacetsCollector#amortizeFacetCounts} does, with the caps looked up once
   * per reader (they were a tenth of a search's CPU, bench/results/2026-12-04-night.md).
   */
  private FacetResult scaledUp(
      FacetResult r, RandomSamplingFacetsCollector sampled, FacetState state) throws IOException {
    long matched = 0;
    for (FacetsCollector.MatchingDocs docs : sampled.getOriginalMatchingDocs()) {
      matched += docs.totalHits;
    }
    if (matched <= sample) {
      return r;
    }
    // The share of the matches actually in the sample, not the collector's sampling rate: Lucene
    // samples one match per whole bin of 1/rate matches (rounded down), so with 27,585 matches and
    // a rate of 0.36 it kept every second match and scaling by the rate counted 1.38 times too
    // many (what a member saw before 2026-12-05).
    long inSample = 0;
    for (FacetsCollector.MatchingDocs docs : sampled.getMatchingDocs()) {
      inSample += sampledDocs(docs);
    }
    if (inSample == 0) {
      return r;
    }
    double rate = (double) inSample / matched;
    String field = facets.getDimConfig(r.dim).indexFieldName;
    LabelAndValue[] scaled = new LabelAndValue[r.labelValues.length];
    for (int i = 0; i < scaled.length; i++) {
      String label = r.labelValues[i].label;
      String[] path = new String[r.path.length + 2];
      path[0] = r.dim;
      System.arraycopy(r.path, 0, path, 1, r.path.length);
      path[path.length - 1] = label;
      int max = topicsWith(state, field, FacetsConfig.pathToString(path, path.length));
      scaled[i] =
          new LabelAndValue(
              label, Math.min(max, (int) (r.labelValues[i].value.doubleValue() / rate)));
    }
    int total = r.value.intValue();
    if (total > 0) {
      total = Math.min(state.reader().numDocs(), (int) (r.value.doubleValue() / rate));
    }
    return new FacetResult(r.dim, r.path, total, scaled, r.childCount);
  }

  private static long sampledDocs(FacetsCollector.MatchingDocs docs) throws IOException {
    if (docs.bits instanceof BitDocIdSet bits) {
      return bits.bits().cardinality();
    }
    DocIdSetIterator it = docs.bits.iterator();
    long n = 0;
    if (it != null) {
      while (it.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
        n++;
      }
    }
    return n;
  }

  private static int topicsWith(FacetState state, String field, String path) throws IOException {
    Integer known = state.topics().get(path);
    if (known != null) {
      return known;
    }
    int count = state.reader().docFreq(new Term(field, path));
    state.topics().put(path, count);
    return count;
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
      if (c instanceof RandomSamplingFacetsCollector sampling) {
        long matched = 0;
        for (FacetsCollector.MatchingDocs docs : sampling.getOriginalMatchingDocs()) {
          matched += docs.totalHits;
        }
        if (matched > sample) {
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
    private final FacetOrdinals.OfReader ordinals;

    SampledSideways(
        IndexSearcher searcher,
        FacetsConfig config,
        SortedSetDocValuesReaderState state,
        FacetOrdinals.OfReader ordinals,
        int sample) {
      super(searcher, config, state);
      this.ordinals = ordinals;
      this.sample = sample;
    }

    /**
     * What Lucene's drill sideways builds, counted from the segments' ordinal arrays: the sideways
     * counts of each drilled dimension, the drill-down counts of the others.
     */
    @Override
    protected Facets buildFacetsResult(
        FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
        throws IOException {
      Facets down = ordinals.count(drillDowns);
      if (drillSideways == null || drillSideways.length == 0) {
        return down;
      }
      Map<String, Facets> sideways = new HashMap<>();
      for (int i = 0; i < drillSideways.length; i++) {
        sideways.put(drillSidewaysDims[i], ordinals.count(drillSideways[i], drillSidewaysDims[i]));
      }
      return new MultiFacets(sideways, down);
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

  /**
   * Sampling collectors, merged into one sample of all their matches. The drill-down collector is
   * one per slice (one for this engine, which searches on the calling thread), but drill sideways
   * makes a drilled dimension's collector once per segment: merged as plain collectors, each
   * segment's matches would be sampled on their own and the dimension's counts neither scaled up
   * nor flagged.
   */
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
      return new MergedSample(sample, collectors);
    }
  }

  /**
   * The matches of several sampling collectors, in the order collected (the segments' order), as
   * one collector: sampled together, as one search's matches are, with the same seed.
   */
  private static final class MergedSample extends RandomSamplingFacetsCollector {
    MergedSample(int sample, Collection<FacetsCollector> collectors) {
      super(sample, SAMPLE_SEED);
      for (FacetsCollector c : collectors) {
        getOriginalMatchingDocs()
            .addAll(
                c instanceof RandomSamplingFacetsCollector sampling
                    ? sampling.getOriginalMatchingDocs()
                    : c.getMatchingDocs());
      }
    }
  }
}
