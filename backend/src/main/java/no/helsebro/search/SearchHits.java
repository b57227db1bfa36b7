package no.helsebro.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** A page of search hits from the index: stored fields, highlighted passages, the reply shown. */
final class SearchHits {

  private SearchHits() {}

  /** The hits of these documents; {@code words} (null for none) marks the matching passages. */
  static List<SearchResults.Hit> of(
      IndexSearcher searcher, Analyzer analyzer, Query words, ScoreDoc[] docs) throws IOException {
    if (docs.length == 0) {
      return List.of();
    }
    Map<String, String[]> marked = Map.of();
    if (words != null) {
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFieldMatcher(field -> true)
              .withHandleMultiTermQuery(true)
              .withHighlightPhrasesStrictly(true)
              .withMaxLength(20_000)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
              .build();
      int[] ids = new int[docs.length];
      for (int i = 0; i < docs.length; i++) {
        ids[i] = docs[i].doc;
      }
      marked =
          highlighter.highlightFields(
              new String[] {TopicDocuments.TITLE, TopicDocuments.BODY, TopicDocuments.REPLIES},
              words,
              ids,
              new int[] {1, 2, 1});
    }
    StoredFields stored = searcher.storedFields();
    List<SearchResults.Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document d = stored.document(docs[i].doc);
      String title = d.get(TopicDocuments.TITLE);
      String titleHtml = pick(marked, TopicDocuments.TITLE, i);
      String bodyHtml = pick(marked, TopicDocuments.BODY, i);
      String replyHtml = pick(marked, TopicDocuments.REPLIES, i);
      String snippet;
      int postNumber = 1;
      if (bodyHtml != null && bodyHtml.contains("<mark>")) {
        snippet = bodyHtml;
      } else if (replyHtml != null && replyHtml.contains("<mark>")) {
        snippet = replyHtml;
        postNumber = replyNumber(d, replyHtml);
      } else {
        snippet = bodyHtml != null ? bodyHtml : opening(d);
      }
      List<String> tags = new ArrayList<>();
      for (var f : d.getFields(TopicDocuments.TAG)) {
        tags.add(f.stringValue());
      }
      hits.add(
          new SearchResults.Hit(
              Long.parseLong(d.get(TopicDocuments.ID)),
              title,
              titleHtml != null ? titleHtml : Html.escape(title),
              d.get(TopicDocuments.KIND),
              d.get(TopicDocuments.CATEGORY),
              Boolean.parseBoolean(d.get(TopicDocuments.SOLVED)),
              snippet,
              postNumber,
              d.get(TopicDocuments.AUTHOR_NAME),
              Instant.ofEpochMilli(d.getField(TopicDocuments.CREATED).numericValue().longValue()),
              Instant.ofEpochMilli(d.getField(TopicDocuments.ACTIVITY).numericValue().longValue()),
              tags));
    }
    return hits;
  }

  private static String opening(Document d) {
    String body = d.get(TopicDocuments.BODY);
    if (body == null) {
      return null;
    }
    return Html.escape(body.length() > 240 ? body.substring(0, 240) + " …" : body);
  }

  private static String pick(Map<String, String[]> marked, String field, int i) {
    String[] values = marked.get(field);
    return values == null ? null : values[i];
  }

  /** Which reply a highlighted passage came from: the first whose text holds its first words. */
  private static int replyNumber(Document d, String passageHtml) {
    String[] numbers = d.get(TopicDocuments.REPLY_NUMBERS).split(",");
    String[] texts = d.getValues(TopicDocuments.REPLIES);
    String plain = Html.unescape(passageHtml.replace("<mark>", "").replace("</mark>", ""));
    String probe = plain.split(" … ")[0].strip();
    probe = probe.length() > 40 ? probe.substring(0, 40) : probe;
    for (int i = 0; i < texts.length && i < numbers.length; i++) {
      if (texts[i].contains(probe)) {
        return Integer.parseInt(numbers[i]);
      }
    }
    return numbers.length > 0 && !numbers[0].isEmpty() ? Integer.parseInt(numbers[0]) : 1;
  }
}
