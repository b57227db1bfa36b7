package no.helsebro.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helsebro.search.analysis.SearchAnalyzers;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a member typed into a Lucene query (docs/adr/0450). Each word matches its stemmed form
 * in the title (weighted most), the systems and tags, the opening post and the replies; a compound
 * word also matches text holding all its parts; a longer word also matches spellings one or two
 * letters off when it is a word the index hardly knows (a typo: the topics that hold the word as
 * written are matched anyway, and building the typo automata for every common word cost a third of
 * a search's CPU at 100,000 topics); a system name also matches the system's other names and topics
 * about it. "Quoted phrases" must appear as written. Of three or more words at least half must
 * match; topics matching more words rank higher.
 */
final class QueryText {

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final String[] TEXT_FIELDS = {
    TopicDocuments.TITLE, TopicDocuments.BODY, TopicDocuments.REPLIES
  };

  private final SearchAnalyzers analyzers;
  private final SystemSynonyms synonyms;
  private final FuzzyAutomata automata;

  /**
   * @param automata the typo automata kept from earlier searches (built once per word, not per
   *     search)
   */
  QueryText(SearchAnalyzers analyzers, SystemSynonyms synonyms, FuzzyAutomata automata) {
    this.analyzers = analyzers;
    this.synonyms = synonyms;
    this.automata = automata;
  }

  /** How many of the words must match. */
  enum Strictness {
    /** Search: half of the words, at least one. */
    MOST,
    /** Similar questions: any word; the best matches come first. */
    ANY
  }

  /**
   * A word found in fewer topics than this is matched with typo tolerance too: it is likely
   * misspelt, or rare enough that spellings one or two letters off are worth finding.
   */
  static final int RARE_WORD_TOPICS = 3;

  /**
   * The two forms of one query: {@code ranking} scores the topics (fields weighted); {@code
   * matching} matches exactly the same topics through the one field that holds all of a topic's
   * text, cheap enough to count every match for the facets without scoring it
   * (bench/results/search.md, "Counting apart from ranking").
   */
  record Parsed(Query ranking, Query matching) {}

  /**
   * The query for the text, or null when it has no searchable word; {@code reader} (the index the
   * query will run on) tells which words are rare.
   */
  Parsed parse(String text, Strictness strictness, IndexSearcher searcher) {
    List<Query> phrases = new ArrayList<>();
    Matcher m = QUOTED.matcher(text);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    QueryBuilder phraseBuilder = new QueryBuilder(analyzers.phrase());
    while (m.find()) {
      rest.append(text, last, m.start()).append(' ');
      last = m.end();
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      for (String field : TEXT_FIELDS) {
        Query q = phraseBuilder.createPhraseQuery(field, m.group(1));
        if (q != null) {
          anyField.add(q, Occur.SHOULD);
        }
      }
      BooleanQuery built = anyField.build();
      if (!built.clauses().isEmpty()) {
        phrases.add(built);
      }
    }
    rest.append(text.substring(last));

    List<SearchAnalyzers.Word> words = analyzers.words(rest.toString());
    List<String> tokens = analyzers.tokens(rest.toString());
    List<SystemSynonyms.Match> systems = synonyms.find(tokens);

    BooleanQuery.Builder ranking = new BooleanQuery.Builder();
    BooleanQuery.Builder matching = new BooleanQuery.Builder();
    int wordCount = 0;
    for (int i = 0; i < words.size(); i++) {
      SearchAnalyzers.Word w = words.get(i);
      int tokenIndex = i < tokens.size() && tokens.size() == words.size() ? i : -1;
      List<Query> either = alternatives(w, tokenIndex, systems, searcher);
      BooleanQuery.Builder ranked = new BooleanQuery.Builder();
      BooleanQuery.Builder matched = new BooleanQuery.Builder();
      for (Query q : fieldsOf(w.whole())) {
        ranked.add(q, Occur.SHOULD);
      }
      // Every one of the weighted fields' text is in ALL too (TopicDocuments): one term matches
      // the same topics as the five.
      matched.add(new TermQuery(new Term(TopicDocuments.ALL, w.whole())), Occur.SHOULD);
      for (Query q : either) {
        ranked.add(q, Occur.SHOULD);
        matched.add(q, Occur.SHOULD);
      }
      ranking.add(ranked.build(), Occur.SHOULD);
      matching.add(matched.build(), Occur.SHOULD);
      wordCount++;
    }
    for (Query phrase : phrases) {
      ranking.add(phrase, Occur.MUST);
      matching.add(phrase, Occur.MUST);
    }
    if (wordCount == 0 && phrases.isEmpty()) {
      return null;
    }
    if (wordCount > 0) {
      int must =
          switch (strictness) {
            case ANY -> 1;
            case MOST -> wordCount <= 2 ? 1 : (wordCount + 1) / 2;
          };
      if (!phrases.isEmpty() && strictness == Strictness.MOST) {
        must = Math.min(must, wordCount);
      }
      int minimum = phrases.isEmpty() ? must : Math.min(must, wordCount);
      ranking.setMinimumNumberShouldMatch(minimum);
      matching.setMinimumNumberShouldMatch(minimum);
    }
    return new Parsed(ranking.build(), matching.build());
  }

  /** A word in the weighted fields: the title most, the opening post more than the replies. */
  private static List<Query> fieldsOf(String whole) {
    return List.of(
        boost(new TermQuery(new Term(TopicDocuments.TITLE, whole)), 3f),
        boost(new TermQuery(new Term(TopicDocuments.SYSTEMS, whole)), 2f),
        boost(new TermQuery(new Term(TopicDocuments.TAGS, whole)), 2f),
        new TermQuery(new Term(TopicDocuments.BODY, whole)),
        boost(new TermQuery(new Term(TopicDocuments.REPLIES, whole)), 0.7f));
  }

  /** The other ways a word matches: its compound parts, typo spellings, a system's other names. */
  private List<Query> alternatives(
      SearchAnalyzers.Word w,
      int tokenIndex,
      List<SystemSynonyms.Match> systems,
      IndexSearcher searcher) {
    List<Query> out = new ArrayList<>();
    String whole = w.whole();
    if (!w.parts().isEmpty()) {
      BooleanQuery.Builder parts = new BooleanQuery.Builder();
      for (String part : w.parts()) {
        parts.add(new TermQuery(new Term(TopicDocuments.ALL, part)), Occur.MUST);
      }
      out.add(boost(parts.build(), 0.8f));
    }
    if (whole.length() >= 5 && rare(searcher.getIndexReader(), whole)) {
      int edits = whole.length() >= 8 ? 2 : 1;
      // Rewritten here, once: the spellings found serve both the count and the ranking.
      out.add(
          boost(
              rewritten(
                  searcher,
                  automata.query(new Term(TopicDocuments.ALL, whole), edits, 1, 50, true)),
              0.4f));
    }
    if (tokenIndex >= 0) {
      for (SystemSynonyms.Match s : systems) {
        if (tokenIndex < s.from() || tokenIndex >= s.to()) {
          continue;
        }
        out.add(boost(new TermQuery(new Term(TopicDocuments.SYSTEM, s.code())), 2f));
        for (List<String> name : s.otherNames()) {
          out.add(boost(phrase(TopicDocuments.ALL, name), 0.8f));
        }
      }
    }
    return out;
  }

  private static Query rewritten(IndexSearcher searcher, Query query) {
    try {
      return searcher.rewrite(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean rare(IndexReader reader, String word) {
    try {
      return reader.docFreq(new Term(TopicDocuments.ALL, word)) < RARE_WORD_TOPICS;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query phrase(String field, List<String> tokens) {
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0)));
    }
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    for (String t : tokens) {
      p.add(new Term(field, t));
    }
    return p.build();
  }

  private static Query boost(Query q, float boost) {
    return new BoostQuery(q, boost);
  }
}
