package no.helsebro.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** Where this node keeps its search index ({@code helsebro.search.*}). */
@ConfigurationProperties("helsebro.search")
public class SearchConfig {

  /** The index directory; default {@code <data dir>/search/index} (HELSEBRO_SEARCH_INDEX_DIR). */
  @Nullable private String indexDir;

  @Nullable
  public String getIndexDir() {
    return indexDir;
  }

  public void setIndexDir(@Nullable String indexDir) {
    this.indexDir = indexDir;
  }
}
