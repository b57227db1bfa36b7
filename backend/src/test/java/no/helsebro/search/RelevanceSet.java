package no.helsebro.search;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helsebro.forum.ForumSearchSource.SearchablePost;
import no.helsebro.forum.ForumSearchSource.SearchableTopic;
import no.helsebro.forum.ForumSearchSource.SystemName;
import no.helsebro.forum.TopicKind;

/**
 * The relevance set in test resources {@code search/} (made by generate_relevance_set.py): a corpus
 * of topics, queries with their relevant topics, and duplicate questions. Topic ids are the corpus
 * order from 1; the systems are the taxonomy's, read from its migration.
 */
final class RelevanceSet {

  record Query(String text, String type, List<Long> relevant) {

    /** Recall and reciprocal rank of the first {@code k} of {@code top} for this query. */
    Score score(List<Long> top, int k) {
      int found = 0;
      double rr = 0;
      for (int i = 0; i < top.size() && i < k; i++) {
        if (relevant.contains(top.get(i))) {
          found++;
          if (rr == 0) {
            rr = 1.0 / (i + 1);
          }
        }
      }
      return new Score((double) found / relevant.size(), rr);
    }
  }

  record Score(double recall, double reciprocalRank) {}

  record Duplicate(String title, long duplicateOf) {}

  final List<SearchableTopic> topics = new ArrayList<>();
  final List<String> texts = new ArrayList<>();
  final List<Query> queries = new ArrayList<>();
  final List<Duplicate> duplicates = new ArrayList<>();
  final Map<String, SystemName> systems = new LinkedHashMap<>();

  @SuppressWarnings("unchecked")
  static RelevanceSet load() throws IOException {
    RelevanceSet set = new RelevanceSet();
    set.readSystems();
    ObjectMapper json = ObjectMapper.getDefault();
    List<Map<String, Object>> corpus =
        (List<Map<String, Object>>)
            (List<?>) json.readValue(read("search/corpus.json"), Argument.listOf(Map.class));
    Map<String, Long> ids = new LinkedHashMap<>();
    Instant at = Instant.parse("2026-01-01T08:00:00Z");
    for (Map<String, Object> c : corpus) {
      long id = ids.size() + 1;
      ids.put((String) c.get("id"), id);
      List<SystemName> names = new ArrayList<>();
      for (Object code : (List<Object>) c.get("systems")) {
        names.add(set.systems.get((String) code));
      }
      String title = (String) c.get("title");
      String body = (String) c.get("body");
      set.texts.add(title + "\n" + body);
      set.topics.add(
          new SearchableTopic(
              id,
              TopicKind.valueOf((String) c.get("kind")),
              1L,
              "patient-records",
              title,
              Boolean.TRUE.equals(c.get("solved")),
              1L,
              "Relevans",
              at.plusSeconds(id * 3600),
              at.plusSeconds(id * 3600),
              null,
              List.of(),
              names,
              List.of(new SearchablePost(id * 10, 1, body))));
    }
    Map<String, Object> qs =
        json.readValue(read("search/queries.json"), Argument.mapOf(String.class, Object.class));
    for (Map<String, Object> q : (List<Map<String, Object>>) qs.get("queries")) {
      List<Long> relevant = new ArrayList<>();
      for (Object r : (List<Object>) q.get("relevant")) {
        relevant.add(ids.get((String) r));
      }
      set.queries.add(new Query((String) q.get("query"), (String) q.get("type"), relevant));
    }
    for (Map<String, Object> d : (List<Map<String, Object>>) qs.get("duplicates")) {
      set.duplicates.add(
          new Duplicate((String) d.get("title"), ids.get((String) d.get("duplicateOf"))));
    }
    return set;
  }

  private void readSystems() throws IOException {
    String sql = new String(read("db/migration/V150__taxonomies.sql"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("\\('SYSTEM', '([^']+)', '([^']+)', '([^']+)'").matcher(sql);
    while (m.find()) {
      systems.put(m.group(1), new SystemName(m.group(1), m.group(2), m.group(3)));
    }
  }

  List<SystemSynonyms.Term> systemTerms() {
    return systems.values().stream()
        .map(s -> new SystemSynonyms.Term(s.code(), s.nameNb(), s.nameEn()))
        .toList();
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = RelevanceSet.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is missing");
      }
      return in.readAllBytes();
    }
  }
}
