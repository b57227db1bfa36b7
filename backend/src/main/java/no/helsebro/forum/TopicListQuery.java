package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** Filters and sort of a topic list, as the URL gives them; the key of the shared list cache. */
record TopicListQuery(
    @Nullable String category,
    @Nullable TopicKind kind,
    @Nullable Boolean solved,
    boolean unanswered,
    @Nullable String tag,
    List<String> systems,
    boolean mySystems,
    @Nullable String workplaceType,
    @Nullable String audience,
    @Nullable String format,
    TopicSort sort,
    int page,
    int size) {

  /** Whether no filter but the category is set (then the category's stored count is the total). */
  boolean onlyCategory() {
    return kind == null
        && solved == null
        && !unanswered
        && tag == null
        && systems.isEmpty()
        && !mySystems
        && workplaceType == null
        && audience == null
        && format == null;
  }
}
