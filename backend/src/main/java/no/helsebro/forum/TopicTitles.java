package no.helsebro.forum;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The forum's facade for other modules that name topics (the audit log): titles by id. */
@Singleton
public class TopicTitles {

  private final TopicTitleRepository titles;

  TopicTitles(TopicTitleRepository titles) {
    this.titles = titles;
  }

  /** The titles of these topics (hidden and merged ones too); unknown ids are left out. */
  public Map<Long, String> of(Collection<Long> topicIds) {
    Map<Long, String> byId = new LinkedHashMap<>();
    if (!topicIds.isEmpty()) {
      titles.findByIdIn(topicIds).forEach(t -> byId.put(t.id(), t.title()));
    }
    return byId;
  }
}
