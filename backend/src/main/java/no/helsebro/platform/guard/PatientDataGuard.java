package no.helsebro.platform.guard;

import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helsebro.platform.errors.ApiException;

/**
 * Finds Norwegian national identity numbers (fødselsnummer, D-numbers and H-numbers) in text, so
 * that patient data is never posted. Plain Java, no framework: used by the forum and mentoring
 * before anything written by a member is saved. A found number is never logged.
 *
 * <p>A match is 11 digits, optionally with one space after the 6-digit date part, not part of a
 * longer digit run, whose date part is a real date (D-number: day + 40; H-number: month + 40) and
 * whose control digits are valid: the second by mod 11; the first by mod 11, or, as allowed for
 * numbers issued from 2032, with a weighted remainder of 0, 1, 2 or 3.
 */
public final class PatientDataGuard {

  /** 6 + 5 digits, one optional space between, no digit directly before or after. */
  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![0-9])([0-9]{6}) ?([0-9]{5})(?![0-9])");

  private static final int[] W1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] W2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  private PatientDataGuard() {}

  /** Where a national identity number sits in the text (character offsets, end exclusive). */
  @io.micronaut.serde.annotation.Serdeable
  public record Match(int start, int end) {}

  public static List<Match> find(String text) {
    List<Match> found = new ArrayList<>();
    if (text == null || text.length() < 11) {
      return found;
    }
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      if (isNationalIdNumber(m.group(1) + m.group(2))) {
        found.add(new Match(m.start(), m.end()));
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
      throw new ApiException(
              HttpStatus.UNPROCESSABLE_ENTITY,
              "patient-data",
              "Patient data",
              "The text contains what looks like a Norwegian national identity number. Patient"
                  + " data must never be posted in Helsebro.",
              List.of(
                  new no.helsebro.platform.errors.Problem.FieldError(
                      field, "contains a national identity number", "patient-data")))
          .with("field", field)
          .with("matches", found);
    }
  }

  /** True for a valid fødselsnummer, D-number or H-number (11 digits, no spaces). */
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
    if (!validDatePart(d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5])) {
      return false;
    }
    int sum1 = 0;
    for (int i = 0; i < 9; i++) {
      sum1 += W1[i] * d[i];
    }
    int rest1 = (sum1 + d[9]) % 11;
    if (rest1 > 3) {
      // Before 2032 the remainder must be 0; from 2032 it may be 0, 1, 2 or 3.
      return false;
    }
    int sum2 = 0;
    for (int i = 0; i < 10; i++) {
      sum2 += W2[i] * d[i];
    }
    return (sum2 + d[10]) % 11 == 0;
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
