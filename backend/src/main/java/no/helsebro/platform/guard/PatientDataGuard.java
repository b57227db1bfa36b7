package no.helsebro.platform.guard;

import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.errors.Problem;

/**
 * Finds Norwegian national identity numbers (fødselsnummer, D-numbers and H-numbers) and the health
 * service's common help numbers (FH-numbers) in text, so that patient data is never posted. Plain
 * Java: used before anything a member or coordinator writes is saved ({@link FreeText} on request
 * fields, and by services on texts they build). A found number is never logged.
 *
 * <p>The text is checked as the reader will see it ({@link ReaderText}): character references
 * decoded, Unicode compatibility forms folded (full-width digits, a no-break space), digits of
 * every script read as digits, invisible characters and Markdown's inline markers removed; and,
 * when the text could hide a number behind Markdown (a link, code), its rendered text as well.
 *
 * <p>A number is 11 digits whose date part is a real date (D-number: day + 40; H-number: month +
 * 40) and whose control digits are valid: the second by mod 11; the first by mod 11, or, as allowed
 * for numbers issued from 2032, with a weighted remainder of 0, 1, 2 or 3. An FH-number, which
 * hospitals and the patient record systems give a patient whose national number is not known, has
 * no date: its first digit is 8 or 9 and both control digits are valid by mod 11. A number may be
 * written in one run, or in groups separated by up to three spaces, dots, dashes or slashes, as
 * people write them: 6 + 5 ({@code 291129-21794}), date parts and 5 ({@code 29.11.29 21794}, also
 * with a four-digit year; not an FH-number, which has no date), groups of three or two. Not the
 * layout of a bank account number (4 + 2 + 5), and never part of a longer run of digits.
 */
public final class PatientDataGuard {

  private static final int[] W1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] W2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  /** Longest run of separators between two groups of digits. */
  private static final int MAX_SEPARATORS = 3;

  private PatientDataGuard() {}

  /** Where a national identity number sits in the text (character offsets, end exclusive). */
  @io.micronaut.serde.annotation.Serdeable
  public record Match(int start, int end) {}

  public static List<Match> find(String text) {
    if (text == null || text.length() < 11 || !mayHoldElevenDigits(text)) {
      return List.of();
    }
    ReaderText reader = ReaderText.of(text);
    List<Match> found = new ArrayList<>();
    for (Found f : scan(reader)) {
      found.add(f.match());
    }
    if (found.isEmpty() && ReaderText.mayHideInMarkdown(text)) {
      // Shown after Markdown is rendered: "[2911](x)2921794" reads as one number.
      for (Found f : scan(ReaderText.of(ReaderText.renderedMarkdown(text)))) {
        found.add(reader.locate(f.number()).orElse(new Match(0, text.length())));
      }
    }
    return found;
  }

  /**
   * Refuses text with a national identity number: a 422 problem with code {@code patient-data},
   * naming the field and where in it the numbers are.
   */
  public static void requireNone(String field, String text) {
    List<Match> found = find(text);
    if (!found.isEmpty()) {
      throw refusal(field, found);
    }
  }

  /** The 422 {@code patient-data} problem for numbers found in a field. */
  public static ApiException refusal(String field, List<Match> found) {
    return new ApiException(
            HttpStatus.UNPROCESSABLE_ENTITY,
            "patient-data",
            "Patient data",
            "The text contains what looks like a Norwegian national identity number. Patient"
                + " data must never be posted in Helsebro.",
            List.of(
                new Problem.FieldError(
                    field, "contains a national identity number", "patient-data")))
        .with("field", field)
        .with("matches", found);
  }

  /** True for a valid fødselsnummer, D-number, H-number or FH-number (11 digits, no spaces). */
  public static boolean isNationalIdNumber(String digits) {
    if (digits.length() != 11) {
      return false;
    }
    int[] d = new int[11];
    for (int i = 0; i < 11; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      d[i] = c - '0';
    }
    boolean helpNumber = isHelpNumber(digits);
    if (!helpNumber && !validDatePart(d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5])) {
      return false;
    }
    int sum1 = 0;
    for (int i = 0; i < 9; i++) {
      sum1 += W1[i] * d[i];
    }
    int rest1 = (sum1 + d[9]) % 11;
    if (rest1 > 3 || (helpNumber && rest1 != 0)) {
      // Before 2032 the remainder must be 0; from 2032 it may be 0, 1, 2 or 3 (the national
      // registry's numbers; an FH-number keeps both control digits by mod 11).
      return false;
    }
    int sum2 = 0;
    for (int i = 0; i < 10; i++) {
      sum2 += W2[i] * d[i];
    }
    return (sum2 + d[10]) % 11 == 0;
  }

  /** An FH-number (felles hjelpenummer): first digit 8 or 9, where a date part has its day. */
  private static boolean isHelpNumber(String digits) {
    return digits.charAt(0) >= '8';
  }

  /**
   * Cheap first look: every way of writing a digit (an ASCII or other digit, a character reference
   * such as {@code &#50;}) puts at least one digit character into the text.
   */
  private static boolean mayHoldElevenDigits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i)) && ++digits >= 11) {
        return true;
      }
    }
    return false;
  }

  /** A run of digits in the reader's text: where it starts and ends there, and its digits. */
  private record Group(int from, int to, String digits) {}

  /** A number found: where in the original text, and its 11 digits. */
  private record Found(Match match, String number) {}

  private static List<Found> scan(ReaderText reader) {
    String s = reader.text();
    List<Found> found = new ArrayList<>();
    List<Group> chain = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!isDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      Group group = new Group(start, i, s.substring(start, i));
      if (!chain.isEmpty() && !joined(s, chain.get(chain.size() - 1).to(), start)) {
        check(chain, reader, found);
        chain.clear();
      }
      chain.add(group);
    }
    check(chain, reader, found);
    return found;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether only a few separators stand between two groups. */
  private static boolean joined(String s, int from, int to) {
    if (to - from > MAX_SEPARATORS) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '.' && c != '-' && c != '/') {
        return false;
      }
    }
    return true;
  }

  /** Every run of neighbouring groups of 11 digits in a readable layout that is a valid number. */
  private static void check(List<Group> chain, ReaderText reader, List<Found> found) {
    for (int first = 0; first < chain.size(); first++) {
      StringBuilder digits = new StringBuilder();
      List<Integer> layout = new ArrayList<>();
      for (int last = first; last < chain.size() && digits.length() < 13; last++) {
        digits.append(chain.get(last).digits());
        layout.add(chain.get(last).digits().length());
        String candidate = candidate(digits.toString(), layout);
        if (candidate != null && isNationalIdNumber(candidate)) {
          found.add(
              new Found(reader.source(chain.get(first).from(), chain.get(last).to()), candidate));
          first = last;
          break;
        }
      }
    }
  }

  /** The layouts numbers are written in: one run, or groups of these sizes. */
  private static final Set<List<Integer>> LAYOUTS =
      Set.of(
          List.of(11),
          List.of(6, 5), // 291129 21794
          List.of(6, 3, 2), // 291129 217 94
          List.of(2, 2, 2, 5), // 29.11.29 21794
          List.of(2, 2, 2, 3, 2), // 29 11 29 217 94
          List.of(3, 3, 3, 2)); // 291 129 217 94

  /** The layouts that write the date part as a date (day, month, year): not an FH-number's. */
  private static final Set<List<Integer>> DATE_LAYOUTS =
      Set.of(List.of(2, 2, 2, 5), List.of(2, 2, 2, 3, 2), List.of(2, 2, 4, 5));

  /**
   * The 11 digits the groups spell, or null when their layout is not one a number is written in.
   */
  private static String candidate(String digits, List<Integer> layout) {
    if (isHelpNumber(digits) && DATE_LAYOUTS.contains(layout)) {
      // Written as a date, but an FH-number has none.
      return null;
    }
    if (layout.equals(List.of(2, 2, 4, 5))) {
      // A date with a four-digit year, then the personal number: 29.11.1929 21794.
      return digits.substring(0, 4) + digits.substring(6);
    }
    return LAYOUTS.contains(layout) ? digits : null;
  }

  private static boolean validDatePart(int day, int month, int year) {
    if (day > 40) {
      day -= 40; // D-number
    }
    if (month > 40) {
      month -= 40; // H-number
    }
    if (day < 1 || month < 1 || month > 12) {
      return false;
    }
    int max =
        switch (month) {
          case 2 -> year % 4 == 0 ? 29 : 28;
          case 4, 6, 9, 11 -> 30;
          default -> 31;
        };
    return day <= max;
  }
}
