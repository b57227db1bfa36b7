package no.helsebro.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The text analysis of Helsebro's search (docs/adr/0450), one chain for bokmål, nynorsk and English
 * text: hyphens inside words dropped ("e-resept" = "eresept"), lower case, æøå folded to their
 * ASCII spellings, stop words of the three languages removed, compound words split into the words
 * of a dictionary (each part at the compound's position), and Norwegian light stemming for both
 * written forms.
 *
 * <p>{@link #index()} is used for indexing and for single words of a query; {@link #phrase()} is
 * the same chain without compound splitting, for quoted phrases (the parts sit at the compound's
 * position, so a phrase of whole words still matches).
 */
public final class SearchAnalyzers {

  private static final int MIN_SUBWORD = 3;

  private final CharArraySet stopWords;
  private final CharArraySet dictionary;
  private final int dictionaryHash;
  private final Analyzer index;
  private final Analyzer phrase;

  /**
   * @param dictionaryWords the words compounds are split into (any case and spelling; folded here)
   */
  public SearchAnalyzers(Collection<String> dictionaryWords) {
    TreeSet<String> stops = new TreeSet<>();
    for (Object w : NorwegianAnalyzer.getDefaultStopSet()) {
      stops.add(Folding.fold(new String((char[]) w)));
    }
    for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      stops.add(Folding.fold(new String((char[]) w)));
    }
    this.stopWords = CharArraySet.unmodifiableSet(new CharArraySet(stops, false));
    TreeSet<String> dict = new TreeSet<>();
    for (String w : dictionaryWords) {
      String folded = Folding.fold(w.strip());
      if (folded.length() >= MIN_SUBWORD && folded.chars().allMatch(Character::isLetter)) {
        dict.add(folded);
      }
    }
    this.dictionary = CharArraySet.unmodifiableSet(new CharArraySet(dict, false));
    this.dictionaryHash = dict.hashCode();
    this.index = chain(true);
    this.phrase = chain(false);
  }

  /** The analysis used for indexing and for the words of a query. */
  public Analyzer index() {
    return index;
  }

  /** The same without compound splitting, for phrases and for matching names. */
  public Analyzer phrase() {
    return phrase;
  }

  /** Changes when the dictionary does: an index built with another one is rebuilt. */
  public int dictionaryHash() {
    return dictionaryHash;
  }

  /** The shipped word list (resource {@code search/compound-words.txt}), one word per line. */
  public static List<String> shippedWords() {
    List<String> words = new ArrayList<>();
    try (InputStream in =
        SearchAnalyzers.class.getClassLoader().getResourceAsStream("search/compound-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("search/compound-words.txt is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /**
   * The production dictionary: the shipped word list and the words of the given names (the
   * taxonomy's system names), so "DIPS-Arena" or "dipsarena" split into names people search for.
   */
  public static List<String> dictionary(Collection<String> names) {
    List<String> words = new ArrayList<>(shippedWords());
    for (String name : names) {
      for (String w : name.split("[^\\p{L}]+")) {
        if (w.length() >= MIN_SUBWORD) {
          words.add(w);
        }
      }
    }
    return words;
  }

  /** One analysed word: its whole form and the parts of a compound (empty when not one). */
  public record Word(String whole, List<String> parts) {}

  /**
   * The words of a text as {@link #index()} analyses them, each with the smallest compound parts
   * found in it (a part containing another part is left out: "pasientjournalsystem" gives pasient,
   * journal, system).
   */
  public List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    try (TokenStream ts = index.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      String whole = null;
      List<String> parts = new ArrayList<>();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0) {
          if (whole != null) {
            words.add(new Word(whole, smallest(whole, parts)));
          }
          whole = term.toString();
          parts = new ArrayList<>();
        } else {
          parts.add(term.toString());
        }
      }
      if (whole != null) {
        words.add(new Word(whole, smallest(whole, parts)));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /**
   * Words of the corpus for the compound dictionary: the stems (at least 4 letters) that occur in
   * at least {@code minTopics} of the texts. Stems, not whole words, so "vaksiner" gives "vaksin",
   * found inside "vaksineregistrering".
   */
  public List<String> corpusWords(Iterable<String> texts, int minTopics) {
    java.util.Map<String, Integer> df = new java.util.HashMap<>();
    for (String text : texts) {
      for (String token : new java.util.HashSet<>(tokens(text))) {
        if (token.length() >= 4 && token.chars().allMatch(Character::isLetter)) {
          df.merge(token, 1, Integer::sum);
        }
      }
    }
    List<String> words = new ArrayList<>();
    df.forEach(
        (word, n) -> {
          if (n >= minTopics) {
            words.add(word);
          }
        });
    java.util.Collections.sort(words);
    return words;
  }

  /** The tokens of a text as {@link #phrase()} analyses it. */
  public List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream ts = phrase.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static List<String> smallest(String whole, List<String> parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (p.equals(whole) || kept.contains(p)) {
        continue;
      }
      boolean containsOther = false;
      for (String q : parts) {
        if (!q.equals(p) && !q.equals(whole) && p.contains(q)) {
          containsOther = true;
          break;
        }
      }
      if (!containsOther) {
        kept.add(p);
      }
    }
    return kept.size() >= 2 ? kept : List.of();
  }

  private Analyzer chain(boolean compounds) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new InnerHyphenFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new FoldingFilter(ts);
        ts = new StopFilter(ts, stopWords);
        if (compounds && !dictionary.isEmpty()) {
          ts = new DictionaryCompoundWordTokenFilter(ts, dictionary, 6, MIN_SUBWORD, 20, false);
        }
        ts =
            new NorwegianLightStemFilter(
                ts, NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK);
        ts = new PorterStemFilter(ts);
        ts = new RemoveDuplicatesTokenFilter(ts);
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new FoldingFilter(new LowerCaseFilter(in));
      }
    };
  }
}
