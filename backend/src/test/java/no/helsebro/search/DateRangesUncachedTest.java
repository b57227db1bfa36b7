package no.helsebro.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.junit.jupiter.api.Test;

/** The search's filter caching: Lucene's, but a date range is never cached. */
class DateRangesUncachedTest {

  @Test
  void aDateRangeIsNeverCachedHoweverOftenItIsUsed() throws Exception {
    DateRangesUncached policy = new DateRangesUncached();
    Query range = LongPoint.newRangeQuery(TopicDocuments.CREATED, 0L, 1_000L);
    for (int use = 0; use < 20; use++) {
      policy.onUse(range);
      assertThat(policy.shouldCache(range)).isFalse();
    }
  }

  @Test
  void otherFiltersAreCachedWhenLucenesPolicyWouldCacheThem() throws Exception {
    DateRangesUncached policy = new DateRangesUncached();
    UsageTrackingQueryCachingPolicy lucene = new UsageTrackingQueryCachingPolicy();
    Query kinds =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(TopicDocuments.KIND, "STORY")), Occur.SHOULD)
            .add(new TermQuery(new Term(TopicDocuments.KIND, "TRAINING")), Occur.SHOULD)
            .build();
    boolean cachedOnce = false;
    for (int use = 0; use < 10; use++) {
      policy.onUse(kinds);
      lucene.onUse(kinds);
      // A range used in between does not count as a use of anything else.
      policy.onUse(LongPoint.newRangeQuery(TopicDocuments.CREATED, use, use + 1_000L));
      assertThat(policy.shouldCache(kinds)).as("use %d", use).isEqualTo(lucene.shouldCache(kinds));
      cachedOnce |= policy.shouldCache(kinds);
    }
    assertThat(cachedOnce).isTrue();
  }
}
