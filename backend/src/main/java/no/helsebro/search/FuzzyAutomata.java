package no.helsebro.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeSource;

/**
 * The typo automata of the words searched with typo tolerance, kept for the next search with the
 * same word (ADR 0452, addendum 2026-12-05 afternoon). Lucene builds, for every typo-tolerant word
 * of every search, a Levenshtein automaton per number of edits and compiles it to bytes: 1-3.5 ms
 * of CPU for a word of 8 or more letters (two edits), a sixth of a never-asked search's CPU in the
 * bench profile. The automata depend on the word alone (not on the index), so the ones built for a
 * word are reused by the next search for it (the composer asks "similar" at every pause in typing,
 * with the same words; a search is refined by filters, pages and order). A word not seen before
 * still pays the full cost.
 *
 * <p>Lucene keeps a query's automata in an attribute of the rewrite (so that every segment uses the
 * same); this gives that attribute, built once, to later rewrites of the same word. The terms found
 * and their boosts are Lucene's own (tested against a plain {@link FuzzyQuery}).
 */
final class FuzzyAutomata {

  /** Words kept by default: a two-edit word's automata take 100-400 KB. */
  static final int DEFAULT_WORDS = 64;

  /** Lucene's attribute that holds a fuzzy query's automata (a private class of its own). */
  private static final String AUTOMATON_ATTRIBUTE = "FuzzyTermsEnum$AutomatonAttributeImpl";

  private record Key(String text, int edits, int prefix, boolean transpositions) {}

  private final int capacity;
  private final Map<Key, AttributeImpl> kept;

  /**
   * @param capacity words kept at most, least recently used dropped first; 0 keeps none
   */
  FuzzyAutomata(int capacity) {
    this.capacity = Math.max(0, capacity);
    this.kept = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** No automata kept: every rewrite builds its own (Lucene's behaviour). */
  static final FuzzyAutomata NONE = new FuzzyAutomata(0);

  /** A fuzzy query whose rewrite reuses the automata kept for its word, or keeps the ones built. */
  FuzzyQuery query(Term term, int edits, int prefix, int expansions, boolean transpositions) {
    if (capacity == 0) {
      return new FuzzyQuery(term, edits, prefix, expansions, transpositions);
    }
    return new Reusing(term, edits, prefix, expansions, transpositions, this);
  }

  /** Words kept now (for tests). */
  synchronized int size() {
    return kept.size();
  }

  private synchronized AttributeImpl get(Key key) {
    return kept.get(key);
  }

  private synchronized void put(Key key, AttributeImpl automata) {
    kept.putIfAbsent(key, automata);
    if (kept.size() > capacity) {
      Iterator<Key> eldest = kept.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  private static final class Reusing extends FuzzyQuery {
    private final FuzzyAutomata automata;
    private final Key key;

    Reusing(
        Term term,
        int edits,
        int prefix,
        int expansions,
        boolean transpositions,
        FuzzyAutomata automata) {
      super(term, edits, prefix, expansions, transpositions);
      this.automata = automata;
      this.key = new Key(term.text(), edits, prefix, transpositions);
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
      AttributeImpl known = automata.get(key);
      if (known != null) {
        // Lucene's enum asks the rewrite's attributes for the automata and builds them only when
        // the attribute holds none.
        atts.addAttributeImpl(known);
        return super.getTermsEnum(terms, atts);
      }
      TermsEnum terms0 = super.getTermsEnum(terms, atts);
      for (Iterator<AttributeImpl> it = atts.getAttributeImplsIterator(); it.hasNext(); ) {
        AttributeImpl impl = it.next();
        if (impl.getClass().getName().endsWith(AUTOMATON_ATTRIBUTE)) {
          automata.put(key, impl);
        }
      }
      return terms0;
    }
  }
}
