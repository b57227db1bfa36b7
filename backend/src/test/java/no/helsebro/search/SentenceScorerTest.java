package no.helsebro.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The highlighter's passage scores are Lucene's, to the bit, without Lucene's hash per passage. */
class SentenceScorerTest {

  @Test
  void scoresEveryPassageAsLucenesScorerDoes() {
    PassageScorer lucene = new PassageScorer();
    PassageScorer ours = new SearchHits.SentenceScorer();
    Random random = new Random(42);
    String[] words = {"journal", "journalen", "tilgang", "dips", "arena", "e", "vikar", "ø"};
    for (int run = 0; run < 5_000; run++) {
      Passage p = new Passage();
      int start = random.nextInt(20_000);
      p.setStartOffset(start);
      // The highlighter moves a passage's end along as it adds matches; the last one sets it.
      p.setEndOffset(start + 1_000);
      int offset = start;
      int matches = random.nextInt(12);
      for (int i = 0; i < matches; i++) {
        offset += 1 + random.nextInt(40);
        p.setEndOffset(offset + 20);
        String word = words[random.nextInt(words.length)];
        // The term's frequency in the document, as the highlighter gives it: the same per term.
        int inDoc = 1 + Math.abs(word.hashCode() % 9);
        p.addMatch(offset, offset + word.length(), new BytesRef(word), inDoc);
      }
      p.setEndOffset(offset + 1 + random.nextInt(80));
      int contentLength = p.getEndOffset() + random.nextInt(5_000);
      assertThat(Float.floatToIntBits(ours.score(p, contentLength)))
          .as("passage %s", p)
          .isEqualTo(Float.floatToIntBits(lucene.score(p, contentLength)));
    }
  }
}
