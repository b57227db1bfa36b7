package no.helsebro.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link Folding} to each token. */
final class FoldingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  FoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    boolean plain = true;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c >= 128 || Character.isUpperCase(c)) {
        plain = false;
        break;
      }
    }
    if (!plain) {
      String folded = Folding.fold(term.toString());
      term.setEmpty().append(folded);
    }
    return true;
  }
}
