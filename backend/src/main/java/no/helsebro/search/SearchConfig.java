package no.helsebro.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** Where this node keeps its search index ({@code helsebro.search.*}). */
@ConfigurationProperties("helsebro.search")
class SearchConfig {

  /** The index directory; default {@code <data dir>/search/index} (HELSEBRO_SEARCH_INDEX_DIR). */
  @Nullable private String indexDir;

  /**
   * Matches counted for the facets at most; a broader search counts a random sample of this many
   * and scales the counts up (HELSEBRO_SEARCH_FACET_SAMPLE, ADR 0452).
   */
  private int facetSample = FacetCounts.DEFAULT_SAMPLE;

  /**
   * Search answers of each kind (pages of hits, their counts, similar topics) kept at most for the
   * current view of the index, which every refresh replaces; 0 turns the cache off
   * (HELSEBRO_SEARCH_RESULT_CACHE, ADR 0453).
   */
  private int resultCache = SearchEngine.DEFAULT_RESULT_CACHE;

  /**
   * Words whose typo automata are kept for the next search with the word; 0 builds them in every
   * search (HELSEBRO_SEARCH_FUZZY_WORDS, ADR 0452 addendum 2026-12-05 afternoon).
   */
  private int fuzzyWords = FuzzyAutomata.DEFAULT_WORDS;

  public int getFuzzyWords() {
    return fuzzyWords;
  }

  public void setFuzzyWords(int fuzzyWords) {
    this.fuzzyWords = fuzzyWords;
  }

  public int getResultCache() {
    return resultCache;
  }

  public void setResultCache(int resultCache) {
    this.resultCache = resultCache;
  }

  public int getFacetSample() {
    return facetSample;
  }

  public void setFacetSample(int facetSample) {
    this.facetSample = facetSample;
  }

  @Nullable
  public String getIndexDir() {
    return indexDir;
  }

  public void setIndexDir(@Nullable String indexDir) {
    this.indexDir = indexDir;
  }
}
