package no.helsebro.platform.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The patient-data guard finds every valid national identity number and little else. The rates
 * below are measured on seeded random samples (the same numbers every run) and written to the test
 * log; bench/results/patient-data-guard.md states them.
 */
class PatientDataGuardTest {

  private static final int[] W1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] W2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  /** A number with valid control digits for the date part and individual number, or null. */
  static String withControlDigits(String nine, int firstRemainder) {
    int sum1 = 0;
    for (int i = 0; i < 9; i++) {
      sum1 += W1[i] * (nine.charAt(i) - '0');
    }
    int k1 = Math.floorMod(firstRemainder - sum1, 11);
    if (k1 == 10) {
      return null;
    }
    String ten = nine + k1;
    int sum2 = 0;
    for (int i = 0; i < 10; i++) {
      sum2 += W2[i] * (ten.charAt(i) - '0');
    }
    int k2 = Math.floorMod(-sum2, 11);
    return k2 == 10 ? null : ten + k2;
  }

  private static String datePart(LocalDate date, boolean dNumber, boolean hNumber) {
    int day = date.getDayOfMonth() + (dNumber ? 40 : 0);
    int month = date.getMonthValue() + (hNumber ? 40 : 0);
    return String.format("%02d%02d%02d", day, month, date.getYear() % 100);
  }

  private static String digits(Random random, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }

  @Test
  void knownNumbersAreFoundWithOrWithoutASpace() {
    assertThat(PatientDataGuard.isNationalIdNumber("01010012356")).isTrue();
    assertThat(PatientDataGuard.find("Pasient 010100 12356 ringte")).hasSize(1);
    assertThat(PatientDataGuard.find("fnr:01010012356."))
        .containsExactly(new PatientDataGuard.Match(4, 15));
  }

  @Test
  void wrongControlDigitsImpossibleDatesAndLongerDigitRunsPass() {
    assertThat(PatientDataGuard.isNationalIdNumber("01010012357")).isFalse();
    assertThat(PatientDataGuard.find("301300 12356")).isEmpty(); // month 13
    assertThat(PatientDataGuard.find("ordre 101010012356")).isEmpty(); // 12 digits
    assertThat(PatientDataGuard.find("0101001235")).isEmpty(); // 10 digits
    assertThat(PatientDataGuard.find("tlf. +47 22 11 80 00, 915 12 345")).isEmpty();
  }

  @Test
  void everyValidNumberIsFoundIncludingDHAndFhNumbersAndThe2032Rule() {
    Random random = new Random(2032);
    int tried = 0;
    int found = 0;
    while (tried < 200_000) {
      LocalDate date = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(200 * 365));
      int kind = random.nextInt(4); // ordinary, D-number, H-number, FH-number
      String number =
          kind == 3
              ? withControlDigits((8 + random.nextInt(2)) + digits(random, 8), 0)
              : withControlDigits(
                  datePart(date, kind == 1, kind == 2) + digits(random, 3),
                  random.nextInt(4)); // remainder 0 before 2032; 1, 2 or 3 also from 2032
      if (number == null) {
        continue;
      }
      tried++;
      String text =
          random.nextBoolean() ? number : number.substring(0, 6) + " " + number.substring(6);
      if (PatientDataGuard.find("Gjelder " + text + " i DIPS").size() == 1) {
        found++;
      }
    }
    System.out.printf("Patient-data guard: found %d of %d valid numbers%n", found, tried);
    assertThat(found).isEqualTo(tried);
  }

  @Test
  void fhNumbersAreFoundAsPeopleWriteThemButNeverAsADate() {
    Random random = new Random(8);
    int checked = 0;
    while (checked < 2_000) {
      String fh = withControlDigits((8 + random.nextInt(2)) + digits(random, 8), 0);
      if (fh == null) {
        continue;
      }
      checked++;
      assertThat(PatientDataGuard.isNationalIdNumber(fh)).as(fh).isTrue();
      for (String written : List.of(fh, grouped(fh, 6, 5), grouped(fh, 3, 3, 3, 2))) {
        assertThat(PatientDataGuard.find("Pasienten har FH-nummer " + written + " i DIPS"))
            .as(written)
            .hasSize(1);
      }
      // An FH-number has no date: the same digits written as one are something else.
      String asDate =
          fh.substring(0, 2) + "." + fh.substring(2, 4) + "." + fh.substring(4, 6) + " ";
      assertThat(PatientDataGuard.find("Dato " + asDate + fh.substring(6))).as(asDate).isEmpty();
      // The registry's 2032 rule (a first remainder of 1-3) is not an FH-number's.
      String relaxed = withControlDigits(fh.substring(0, 9), 1 + random.nextInt(3));
      if (relaxed != null) {
        assertThat(PatientDataGuard.isNationalIdNumber(relaxed)).as(relaxed).isFalse();
      }
    }
  }

  @Test
  void randomElevenDigitStringsRarelyLookLikeANumber() {
    Random random = new Random(11);
    int n = 1_000_000;
    int hits = 0;
    for (int i = 0; i < n; i++) {
      if (PatientDataGuard.isNationalIdNumber(digits(random, 11))) {
        hits++;
      }
    }
    double rate = hits / (double) n;
    System.out.printf(
        "Patient-data guard: %d of %d random 11-digit strings match (%.3f %%)%n",
        hits, n, rate * 100);
    // Date part (~14 %) x first control digit (4 of 11 remainders) x second (1 of 11): ~0.46 %;
    // FH-numbers: first digit 8 or 9 (20 %) x both control digits (1 of 11 each): ~0.17 %.
    assertThat(rate).isBetween(0.004, 0.009);
  }

  @Test
  void phoneNumbersAccountNumbersAndOrderNumbersInTextNeverMatch() {
    Random random = new Random(47);
    int n = 200_000;
    int hits = 0;
    for (int i = 0; i < n; i++) {
      String phone = digits(random, 8);
      String account = digits(random, 11);
      String text =
          "Ring "
              + phone
              + " eller +47 "
              + phone.substring(0, 3)
              + " "
              + phone.substring(3, 5)
              + " "
              + phone.substring(5)
              + ", konto "
              + account.substring(0, 4)
              + "."
              + account.substring(4, 6)
              + "."
              + account.substring(6)
              + ", ordre "
              + digits(random, 9)
              + "/"
              + digits(random, 12)
              + ", sak 2026/"
              + digits(random, 5);
      hits += PatientDataGuard.find(text).size();
    }
    System.out.printf(
        "Patient-data guard: %d matches in %d texts of phone, account and order" + " numbers%n",
        hits, n);
    assertThat(hits).isZero();
  }

  /** The digits in groups of these sizes, a space between: {@code grouped(n, 6, 5)}. */
  static String grouped(String digits, int... sizes) {
    StringBuilder s = new StringBuilder();
    int at = 0;
    for (int size : sizes) {
      s.append(s.isEmpty() ? "" : " ").append(digits, at, at + size);
      at += size;
    }
    return s.toString();
  }

  /** Ways of writing a number so a reader still sees it (issue 9 item 7). */
  static List<String> spellings(String n) {
    String date = n.substring(0, 6);
    String person = n.substring(6);
    StringBuilder fullWidth = new StringBuilder();
    StringBuilder arabicIndic = new StringBuilder();
    StringBuilder entities = new StringBuilder();
    for (char c : n.toCharArray()) {
      fullWidth.append((char) ('\uFF10' + (c - '0')));
      arabicIndic.append((char) ('\u0660' + (c - '0')));
      entities.append("&#").append((int) c).append(';');
    }
    return List.of(
        date + "-" + person,
        date + "\u00A0" + person,
        date + "  " + person,
        n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + " " + person,
        grouped(n, 3, 3, 3, 2),
        date + "\u200B" + person,
        date + "\u00AD" + person,
        "**" + n.substring(0, 4) + "**" + n.substring(4),
        "&#" + (int) n.charAt(0) + ";" + n.substring(1),
        date + "\\-" + person,
        fullWidth.toString(),
        arabicIndic.toString(),
        entities.toString(),
        date + " - " + person,
        date + "\u2013" + person,
        date + "\u2060" + person,
        "`" + date + "`" + person,
        "[" + date + "](https://example.no)" + person,
        "_" + date + "_" + person,
        n.substring(0, 2) + "." + n.substring(2, 4) + ".19" + n.substring(4, 6) + " " + person,
        date + "&nbsp;" + person,
        n.substring(0, 2) + " " + n.substring(2, 4) + " " + n.substring(4, 6) + " " + person);
  }

  @Test
  void everySpellingAReaderStillSeesAsTheNumberIsFound() {
    Random random = new Random(7);
    int tried = 0;
    int found = 0;
    List<String> missed = new java.util.ArrayList<>();
    while (tried < 2_000) {
      LocalDate date = LocalDate.of(1920, 1, 1).plusDays(random.nextInt(100 * 365));
      String number =
          withControlDigits(datePart(date, random.nextInt(5) == 0, false) + digits(random, 3), 0);
      if (number == null) {
        continue;
      }
      for (String spelling : spellings(number)) {
        tried++;
        if (PatientDataGuard.find("Pasienten (" + spelling + ") ringte.").size() == 1) {
          found++;
        } else if (missed.size() < 5) {
          missed.add(spelling);
        }
      }
    }
    System.out.printf(
        "Patient-data guard: found %d of %d spellings of valid numbers%n", found, tried);
    assertThat(missed).isEmpty();
    assertThat(found).isEqualTo(tried);
  }

  @Test
  void theMatchPointsAtTheNumberInTheTextAsWritten() {
    String text = "Se **0101**0012356 i DIPS";

    assertThat(PatientDataGuard.find(text)).containsExactly(new PatientDataGuard.Match(5, 18));
    String linked = "Se [010100](https://x.no)12356 nå";
    PatientDataGuard.Match m = PatientDataGuard.find(linked).get(0);
    assertThat(linked.substring(m.start(), m.end())).startsWith("010100").endsWith("12356");
  }

  /**
   * Texts with numbers that are not national identity numbers, written the ways people write them.
   */
  static String harmless(Random random) {
    String phone = digits(random, 8);
    String account = digits(random, 11);
    String org = digits(random, 9);
    return switch (random.nextInt(12)) {
      case 0 ->
          "Ring "
              + phone.substring(0, 2)
              + " "
              + phone.substring(2, 4)
              + " "
              + phone.substring(4, 6)
              + " "
              + phone.substring(6)
              + " eller +47 "
              + phone.substring(0, 3)
              + " "
              + phone.substring(3, 5)
              + " "
              + phone.substring(5);
      case 1 ->
          "Konto "
              + account.substring(0, 4)
              + "."
              + account.substring(4, 6)
              + "."
              + account.substring(6)
              + ", KID "
              + digits(random, 7);
      case 2 ->
          "Konto "
              + account.substring(0, 4)
              + " "
              + account.substring(4, 6)
              + " "
              + account.substring(6);
      case 3 ->
          "Ordre "
              + digits(random, 9)
              + "/"
              + digits(random, 12)
              + ", sak 2026/"
              + digits(random, 5);
      case 4 ->
          "Org.nr. "
              + org.substring(0, 3)
              + " "
              + org.substring(3, 6)
              + " "
              + org.substring(6)
              + " MVA, tlf. 0047 "
              + phone;
      case 5 ->
          "Møte "
              + (1 + random.nextInt(28))
              + "."
              + (1 + random.nextInt(12))
              + ".2026 kl. "
              + random.nextInt(24)
              + "."
              + (10 + random.nextInt(50))
              + " på rom "
              + digits(random, 3);
      case 6 ->
          "PO-"
              + digits(random, 10)
              + ", ordrenr. 2025-"
              + digits(random, 6)
              + ", faktura "
              + digits(random, 8);
      case 7 ->
          "DIPS Arena "
              + random.nextInt(30)
              + "."
              + random.nextInt(10)
              + "."
              + random.nextInt(100)
              + " på server 10."
              + random.nextInt(255)
              + "."
              + random.nextInt(255)
              + "."
              + random.nextInt(255);
      case 8 ->
          "Tlf: **"
              + phone.substring(0, 3)
              + "** "
              + phone.substring(3, 5)
              + " "
              + phone.substring(5)
              + ", mobil +47\u00A0"
              + digits(random, 8);
      case 9 ->
          "Postnr. "
              + digits(random, 4)
              + " Oslo, "
              + digits(random, 3)
              + " pasienter, "
              + digits(random, 2)
              + " senger";
      case 10 ->
          "Saksnr. "
              + digits(random, 4)
              + "/"
              + digits(random, 5)
              + "-"
              + digits(random, 2)
              + ", arkiv "
              + digits(random, 3)
              + "."
              + digits(random, 2);
      default ->
          "Fra kl. "
              + digits(random, 2)
              + ":"
              + digits(random, 2)
              + " til "
              + digits(random, 2)
              + ":"
              + digits(random, 2)
              + ", "
              + digits(random, 4)
              + "-"
              + digits(random, 4);
    };
  }

  @Test
  void harmlessNumbersWrittenInEveryCommonLayoutNeverMatch() {
    Random random = new Random(4711);
    int n = 200_000;
    int hits = 0;
    List<String> examples = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = harmless(random);
      if (!PatientDataGuard.find(text).isEmpty()) {
        hits++;
        if (examples.size() < 5) {
          examples.add(text);
        }
      }
    }
    System.out.printf("Patient-data guard: %d matches in %d labelled harmless texts%n", hits, n);
    assertThat(examples).isEmpty();
    assertThat(hits).isZero();
  }
}
