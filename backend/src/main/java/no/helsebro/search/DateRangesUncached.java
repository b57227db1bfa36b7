package no.helsebro.search;

import java.io.IOException;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;

/**
 * Lucene's caching policy for filters, except that a date range is never cached. Lucene caches a
 * range filter the second time it is used, and a search uses its range twice (once to count, once
 * to rank): every search with a date range filled a bitset over every topic that no later search
 * asked for (ranges differ from search to search), and these one-off bitsets pushed filters that do
 * repeat out of the cache's 1,000 entries (bench/results/2026-12-05-sm3.md).
 */
final class DateRangesUncached implements QueryCachingPolicy {

  private final UsageTrackingQueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

  @Override
  public void onUse(Query query) {
    if (!(query instanceof PointRangeQuery)) {
      usage.onUse(query);
    }
  }

  @Override
  public boolean shouldCache(Query query) throws IOException {
    return !(query instanceof PointRangeQuery) && usage.shouldCache(query);
  }
}
