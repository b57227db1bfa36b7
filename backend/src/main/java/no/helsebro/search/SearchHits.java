package no.helsebro.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/** A page of search hits from the index: stored fields, highlighted passages, the reply shown. */
final class SearchHits {

  /** Characters of a field the highlighter reads at most. */
  private static final int MAX_LENGTH = 20_000;

  private static final PassageScorer SCORER = new SentenceScorer();

  private SearchHits() {}

  /**
   * The hits of these documents; {@code words} (null for none) marks the matching passages. {@code
   * fields} are the searcher's reader's merged field infos (the highlighter merged every segment's
   * in each search).
   */
  static List<SearchResults.Hit> of(
      IndexSearcher searcher, FieldInfos fields, Analyzer analyzer, Query words, ScoreDoc[] docs)
      throws IOException {
    if (docs.length == 0) {
      return List.of();
    }
    // Each hit's stored fields are read once, for the highlighter and for the hit (reading them
    // twice was a quarter of the highlighting, bench/results/2026-12-04-night.md).
    StoredFields stored = searcher.storedFields();
    Map<Integer, Document> loaded = new HashMap<>();
    for (ScoreDoc doc : docs) {
      loaded.put(doc.doc, stored.document(doc.doc));
    }
    Map<String, String[]> marked = Map.of();
    if (words != null) {
      UnifiedHighlighter.Builder builder =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFieldMatcher(field -> true)
              .withHandleMultiTermQuery(true)
              .withHighlightPhrasesStrictly(true)
              // The query's terms found in each hit's postings (offsets are indexed), not the
              // query's matches per hit: those built the whole query again for every hit and field.
              .withWeightMatches(false)
              // A field without a match gives no passage: the hit shows the opening post's start.
              .withMaxNoHighlightPassages(0)
              .withMaxLength(MAX_LENGTH)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
              .withScorer(SCORER);
      int[] ids = new int[docs.length];
      for (int i = 0; i < docs.length; i++) {
        ids[i] = docs[i].doc;
      }
      marked =
          new LoadedHighlighter(builder, loaded, fields)
              .highlightFields(
                  new String[] {TopicDocuments.TITLE, TopicDocuments.BODY, TopicDocuments.REPLIES},
                  words,
                  ids,
                  new int[] {1, 2, 1});
    }
    List<SearchResults.Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document d = loaded.get(docs[i].doc);
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

  /**
   * Lucene's passage scores, the same figures, without its hash of a passage's terms: Lucene's
   * {@code PassageScorer} makes a {@code BytesRefHash} (a 32 KB block) for every sentence with a
   * match it weighs, a fifth of a never-asked search's allocations at 100,000 topics
   * (bench/results/2026-12-07-search.md). A passage holds a few matches; its distinct terms are
   * found by comparing them, in the order they first occur, so the sum is added up in Lucene's
   * order.
   */
  static final class SentenceScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int matches = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
      BytesRef[] distinct = new BytesRef[matches];
      int[] inPassage = new int[matches];
      int[] inDoc = new int[matches];
      int n = 0;
      for (int i = 0; i < matches; i++) {
        int t = 0;
        while (t < n && !distinct[t].bytesEquals(terms[i])) {
          t++;
        }
        if (t == n) {
          distinct[n] = terms[i];
          inDoc[n] = freqsInDoc[i];
          n++;
        }
        inPassage[t]++;
      }
      double score = 0d;
      for (int i = 0; i < n; i++) {
        score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
      }
      score *= norm(passage.getStartOffset());
      return (float) score;
    }
  }

  /**
   * The highlighter, reading the hits' text from the documents already loaded for the page and the
   * fields' settings from the reader's field infos merged once.
   */
  private static final class LoadedHighlighter extends UnifiedHighlighter {
    private final Map<Integer, Document> loaded;
    private final FieldInfos fields;

    LoadedHighlighter(Builder builder, Map<Integer, Document> loaded, FieldInfos fields) {
      super(builder);
      this.loaded = loaded;
      this.fields = fields;
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
      return fields.fieldInfo(field);
    }

    /** Each field's values joined as Lucene's own loader joins them, cut at the maximum length. */
    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIds, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = docIds.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIds.nextDoc()) {
        Document d = loaded.get(doc);
        CharSequence[] values = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          StringBuilder joined = new StringBuilder();
          for (String value : d.getValues(fields[f])) {
            if (!joined.isEmpty()) {
              joined.append(MULTIVAL_SEP_CHAR);
            }
            joined.append(value, 0, Math.min(value.length(), MAX_LENGTH - joined.length()));
            if (joined.length() >= MAX_LENGTH) {
              break;
            }
          }
          values[f] = joined.toString();
        }
        out.add(values);
      }
      return out;
    }
  }
}
