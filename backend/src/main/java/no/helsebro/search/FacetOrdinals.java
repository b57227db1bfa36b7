package no.helsebro.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of every topic as plain arrays of ordinals, read from the doc values once per
 * segment and mapped to the reader's ordinals once per reader, so that counting a search's matches
 * adds up integers instead of decoding doc values and mapping ordinals for every match (what
 * Lucene's {@code SortedSetDocValuesFacetCounts} does each time). The counts, their order and the
 * top values are the same as Lucene's (tested against it in {@code FacetOrdinalsTest}).
 */
final class FacetOrdinals {

  /** A segment's values: the ordinals of doc d are {@code ords[start[d]] .. ords[start[d+1]-1]}. */
  private record Segment(int[] start, int[] ords) {}

  /** Per segment core, shared by every reader that holds the segment; dropped when it closes. */
  private final Map<Object, Segment> segments = new ConcurrentHashMap<>();

  /** What counting needs of one reader: its facet state and each segment's ordinal mapping. */
  final class OfReader {
    private final SortedSetDocValuesReaderState state;
    private final int[][] toReader;

    private OfReader(SortedSetDocValuesReaderState state) throws IOException {
      this.state = state;
      IndexReader reader = state.getReader();
      List<LeafReaderContext> leaves = reader.leaves();
      this.toReader = new int[leaves.size()][];
      OrdinalMap map =
          state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
              ? multi.mapping
              : null;
      for (LeafReaderContext leaf : leaves) {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
        int count = (int) values.getValueCount();
        int[] global = new int[count];
        LongValues mapping = map == null ? null : map.getGlobalOrds(leaf.ord);
        for (int ord = 0; ord < count; ord++) {
          global[ord] = mapping == null ? ord : (int) mapping.get(ord);
        }
        toReader[leaf.ord] = global;
      }
    }

    /** The reader's ordinals of one dimension's values, first to last; null when none. */
    SortedSetDocValuesReaderState.OrdRange range(String dim) {
      return state.getOrdRange(dim);
    }

    /** The reader's ordinal of a dimension's value; -1 when no topic has it. */
    int ordinal(String dim, String value) throws IOException {
      long ord =
          state.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, value)));
      return ord < 0 ? -1 : (int) ord;
    }

    /** One segment's values as reader ordinals, read per match by a collector. */
    Leaf leaf(LeafReaderContext context) throws IOException {
      Segment s = segment(context, state.getField());
      return new Leaf(s.start(), s.ords(), toReader[context.ord]);
    }

    /** Facets of counts made per reader ordinal (by {@link #leaf}'s readers). */
    Facets counts(int[] counts) {
      return new Counts(state, counts);
    }

    /** Values kept per reader ordinal: as many as the reader has values. */
    int size() {
      return state.getSize();
    }

    /** Counts the facet values of the collected (or sampled) matches. */
    Facets count(FacetsCollector collected) throws IOException {
      return count(collected, 0, state.getSize() - 1);
    }

    /**
     * Counts only the values of one dimension: drill sideways reads nothing else of a dimension's
     * own collector, which holds the matches (or a sample of them) of the search without that
     * dimension's filter.
     */
    Facets count(FacetsCollector collected, String dim) throws IOException {
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
      return range == null
          ? new Counts(state, new int[state.getSize()])
          : count(collected, range.start, range.end);
    }

    /**
     * Counts the values whose reader ordinals lie in {@code first..last}. A topic's ordinals come
     * in order and the mapping to the reader keeps it, so a topic's values past {@code last} are
     * left unread.
     */
    private Facets count(FacetsCollector collected, int first, int last) throws IOException {
      int[] counts = new int[state.getSize()];
      for (FacetsCollector.MatchingDocs docs : collected.getMatchingDocs()) {
        if (docs.totalHits == 0) {
          continue;
        }
        DocIdSetIterator it = docs.bits.iterator();
        if (it == null) {
          continue;
        }
        Segment segment = segment(docs.context, state.getField());
        int[] start = segment.start();
        int[] ords = segment.ords();
        int[] global = toReader[docs.context.ord];
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
            int ord = global[ords[i]];
            if (ord > last) {
              break;
            }
            if (ord >= first) {
              counts[ord]++;
            }
          }
        }
      }
      return new Counts(state, counts);
    }
  }

  /** A segment's values in reader ordinals. */
  record Leaf(int[] start, int[] ords, int[] global) {
    /**
     * The topic's first value in {@code first..last} (a reader ordinal), or -1 when it has none.
     */
    int first(int doc, int first, int last) {
      for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
        int ord = global[ords[i]];
        if (ord > last) {
          return -1;
        }
        if (ord >= first) {
          return ord;
        }
      }
      return -1;
    }
  }

  /** The ordinals of one reader (a new reader after every refresh; segments are shared). */
  OfReader of(SortedSetDocValuesReaderState state) throws IOException {
    return new OfReader(state);
  }

  private Segment segment(LeafReaderContext leaf, String field) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      return read(leaf, field);
    }
    Object key = helper.getKey();
    Segment known = segments.get(key);
    if (known != null) {
      return known;
    }
    Segment read = read(leaf, field);
    if (segments.putIfAbsent(key, read) == null) {
      helper.addClosedListener(segments::remove);
    }
    return read;
  }

  private static Segment read(LeafReaderContext leaf, String field) throws IOException {
    int maxDoc = leaf.reader().maxDoc();
    int[] start = new int[maxDoc + 1];
    int[] ords = new int[Math.max(16, maxDoc * 4)];
    int n = 0;
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
    int next = values.nextDoc();
    for (int doc = 0; doc < maxDoc; doc++) {
      start[doc] = n;
      if (next == doc) {
        int count = values.docValueCount();
        if (n + count > ords.length) {
          ords = Arrays.copyOf(ords, Math.max(ords.length * 2, n + count));
        }
        for (int i = 0; i < count; i++) {
          ords[n++] = (int) values.nextOrd();
        }
        next = values.nextDoc();
      }
    }
    start[maxDoc] = n;
    return new Segment(start, Arrays.copyOf(ords, n));
  }

  /** Segments held (for tests). */
  int segmentsHeld() {
    return segments.size();
  }

  /** Counts of one search, read as Lucene's sorted-set facet counts are. */
  private static final class Counts extends Facets {
    private final SortedSetDocValuesReaderState state;
    private final int[] counts;

    Counts(SortedSetDocValuesReaderState state, int[] counts) {
      this.state = state;
      this.counts = counts;
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
      validateTopN(topN);
      if (path.length > 0) {
        throw new IllegalArgumentException("only flat dimensions are counted here");
      }
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
      if (range == null) {
        return null;
      }
      // The best topN values, most topics first and, of equal counts, the lowest ordinal (the
      // first label in order) first: Lucene's order.
      int[] best = new int[Math.min(topN, range.end - range.start + 1)];
      int size = 0;
      int children = 0;
      long total = 0;
      for (int ord = range.start; ord <= range.end; ord++) {
        int c = counts[ord];
        if (c == 0) {
          continue;
        }
        children++;
        total += c;
        if (size < best.length) {
          size++; // room left: the new value takes the last place, then moves up
        } else if (best.length == 0 || counts[best[size - 1]] >= c) {
          continue; // the list is full of values counted at least as often
        }
        int i = size - 1;
        while (i > 0 && counts[best[i - 1]] < c) {
          best[i] = best[i - 1];
          i--;
        }
        best[i] = ord;
      }
      if (children == 0) {
        return null;
      }
      SortedSetDocValues values = state.getDocValues();
      LabelAndValue[] labels = new LabelAndValue[size];
      for (int i = 0; i < size; i++) {
        String[] parts = FacetsConfig.stringToPath(values.lookupOrd(best[i]).utf8ToString());
        labels[i] = new LabelAndValue(parts[parts.length - 1], counts[best[i]]);
      }
      FacetsConfig.DimConfig config = state.getFacetsConfig().getDimConfig(dim);
      int value = config.multiValued && !config.requireDimCount ? -1 : (int) total;
      return new FacetResult(dim, new String[0], value, labels, children);
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) throws IOException {
      return getTopChildren(Integer.MAX_VALUE, dim, path);
    }

    @Override
    public Number getSpecificValue(String dim, String... path) throws IOException {
      throw new UnsupportedOperationException("not used by the search");
    }

    @Override
    public List<FacetResult> getAllDims(int topN) throws IOException {
      List<FacetResult> all = new ArrayList<>();
      for (String dim : state.getDims()) {
        FacetResult r = getTopChildren(topN, dim);
        if (r != null) {
          all.add(r);
        }
      }
      return all;
    }
  }
}
