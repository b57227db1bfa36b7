package no.helsebro.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helsebro.search.analysis.SearchAnalyzers;

/**
 * Names of the systems in the taxonomy that mean the same thing: its code, its bokmål and English
 * names, and a name in brackets ("Helseplattformen (Epic)", "E-prescription (e-resept)"). A query
 * naming one finds topics about the system and text using any of its names.
 */
final class SystemSynonyms {

  /** A system term: its code and its names. */
  record Term(String code, String nameNb, String nameEn) {}

  /** A name found in a query: where it sits among the query's tokens and the system it names. */
  record Match(int from, int to, String code, List<List<String>> otherNames) {}

  private static final Pattern BRACKETS = Pattern.compile("^(.*?)\\s*\\((.+)\\)\\s*$");

  private final Map<List<String>, Set<String>> codesByName = new LinkedHashMap<>();
  private final Map<String, Set<List<String>>> namesByCode = new LinkedHashMap<>();
  private final int longest;

  SystemSynonyms(Collection<Term> terms, SearchAnalyzers analyzers) {
    int max = 0;
    for (Term t : terms) {
      for (String name : names(t)) {
        List<String> tokens = analyzers.tokens(name);
        if (tokens.isEmpty()) {
          continue;
        }
        codesByName.computeIfAbsent(tokens, k -> new LinkedHashSet<>()).add(t.code());
        namesByCode.computeIfAbsent(t.code(), k -> new LinkedHashSet<>()).add(tokens);
        max = Math.max(max, tokens.size());
      }
    }
    this.longest = max;
  }

  private static List<String> names(Term t) {
    List<String> names = new ArrayList<>();
    names.add(t.code().replace('-', ' '));
    for (String name : List.of(t.nameNb(), t.nameEn())) {
      Matcher m = BRACKETS.matcher(name);
      if (m.matches()) {
        names.add(m.group(1));
        names.add(m.group(2));
      } else {
        names.add(name);
      }
    }
    return names;
  }

  /** The system names among the tokens (longest first where they overlap). */
  List<Match> find(List<String> tokens) {
    List<Match> found = new ArrayList<>();
    for (int from = 0; from < tokens.size(); from++) {
      for (int len = Math.min(longest, tokens.size() - from); len >= 1; len--) {
        Set<String> codes = codesByName.get(tokens.subList(from, from + len));
        if (codes == null) {
          continue;
        }
        for (String code : codes) {
          List<List<String>> others = new ArrayList<>();
          for (List<String> name : namesByCode.getOrDefault(code, Set.of())) {
            if (!name.equals(tokens.subList(from, from + len))) {
              others.add(name);
            }
          }
          found.add(new Match(from, from + len, code, others));
        }
        break;
      }
    }
    return found;
  }
}
