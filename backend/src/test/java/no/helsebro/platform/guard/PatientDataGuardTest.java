package no.helsebro.platform.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The patient-data guard finds every valid national identity number and little else. The rates
 * below are measured on seeded random samples (the same numbers every run) and written to the test
 * log; docs/performance.md ("Patient-data guard") states them.
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
  void everyValidNumberIsFoundIncludingDAndHNumbersAndThe2032Rule() {
    Random random = new Random(2032);
    int tried = 0;
    int found = 0;
    while (tried < 200_000) {
      LocalDate date = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(200 * 365));
      int kind = random.nextInt(3); // ordinary, D-number, H-number
      int remainder = random.nextInt(4); // 0 before 2032; 1, 2 or 3 also from 2032
      String number =
          withControlDigits(datePart(date, kind == 1, kind == 2) + digits(random, 3), remainder);
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
    // Date part (~14 %) x first control digit (4 of 11 remainders) x second (1 of 11): ~0.5 %.
    assertThat(rate).isBetween(0.002, 0.008);
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
}
