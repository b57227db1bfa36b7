package no.helsebro.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Counting from the segments' ordinal arrays gives exactly what Lucene's sorted-set facet counts
 * give (values, counts, order of ties, child counts), over several segments with deleted topics.
 */
class FacetOrdinalsTest {

  private static final List<String> DIMS = List.of("kind", "category", "tag", "system");

  @Test
  void countsAsLucenesSortedSetFacetCountsDo() throws Exception {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued("tag", true);
    config.setMultiValued("system", true);
    Random random = new Random(11);
    FacetOrdinals ordinals = new FacetOrdinals();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 400; i++) {
          Document doc = new Document();
          doc.add(new StringField("id", round + "-" + i, Field.Store.NO));
          doc.add(new StringField("word", "w" + random.nextInt(4), Field.Store.NO));
          doc.add(new SortedSetDocValuesFacetField("kind", "K" + random.nextInt(3)));
          if (random.nextInt(5) > 0) {
            doc.add(new SortedSetDocValuesFacetField("category", "c" + random.nextInt(30)));
          }
          int tags = random.nextInt(4);
          for (int t = 0; t < tags; t++) {
            doc.add(new SortedSetDocValuesFacetField("tag", "tag" + (t * 7 + random.nextInt(7))));
          }
          if (random.nextBoolean()) {
            doc.add(new SortedSetDocValuesFacetField("system", "s" + random.nextInt(25)));
          }
          writer.addDocument(config.build(doc));
        }
        writer.deleteDocuments(new Term("word", "w" + round));
        writer.commit();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
          IndexSearcher searcher = new IndexSearcher(reader);
          DefaultSortedSetDocValuesReaderState state =
              new DefaultSortedSetDocValuesReaderState(reader, config);
          FacetOrdinals.OfReader ofReader = ordinals.of(state);
          for (Query q :
              List.<Query>of(
                  new MatchAllDocsQuery(),
                  new TermQuery(new Term("word", "w3")),
                  new TermQuery(new Term("word", "w1")))) {
            FacetsCollector collected = searcher.search(q, new FacetsCollectorManager());
            Facets lucene = new SortedSetDocValuesFacetCounts(state, collected);
            Facets ours = ofReader.count(collected);
            for (String dim : DIMS) {
              // A dimension counted alone (drill sideways' own collector) counts as all do.
              Facets alone = ofReader.count(collected, dim);
              for (int top : new int[] {1, 5, 20, 1000}) {
                FacetResult expected = lucene.getTopChildren(top, dim);
                FacetResult actual = ours.getTopChildren(top, dim);
                assertEquals(String.valueOf(expected), String.valueOf(actual), dim + " top " + top);
                assertEquals(
                    String.valueOf(expected),
                    String.valueOf(alone.getTopChildren(top, dim)),
                    dim + " alone, top " + top);
              }
            }
          }
          assertTrue(
              ordinals.segmentsHeld() >= reader.leaves().size(),
              "each segment's ordinals kept while it is open");
        }
      }
    }
    assertEquals(0, ordinals.segmentsHeld(), "a closed segment's ordinals are dropped");
  }
}
