package no.helsebro.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.junit.jupiter.api.Test;

/**
 * Every job lease (ADR 0009) can be taken: ShedLock refuses a lock whose lockAtLeastFor is longer
 * than its lockAtMostFor, and the job then never runs (the notification retention job did so,
 * logging "lockAtLeastFor is longer than lockAtMostFor" every six hours).
 */
class JobLeaseSettingsTest {

  @Test
  void everyJobLeaseHoldsAtLeastNoLongerThanAtMost() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.helsebro");
    List<String> wrong = new ArrayList<>();
    int leases = 0;
    for (var javaClass : classes) {
      for (JavaMethod method : javaClass.getMethods()) {
        if (!method.isAnnotatedWith(SchedulerLock.class)) {
          continue;
        }
        leases++;
        SchedulerLock lock = method.getAnnotationOfType(SchedulerLock.class);
        Duration atMost = duration(lock.lockAtMostFor());
        Duration atLeast = duration(lock.lockAtLeastFor());
        if (atLeast.compareTo(atMost) > 0) {
          wrong.add(method.getFullName() + " (" + lock.name() + ")");
        }
      }
    }
    assertThat(leases).isGreaterThanOrEqualTo(5);
    assertThat(wrong).isEmpty();
  }

  /** ShedLock's forms: empty (the default), ISO-8601, plain milliseconds, or 10s / 5m / 1h / 1d. */
  private static Duration duration(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return Duration.ZERO;
    }
    if (t.toUpperCase().startsWith("P")) {
      return Duration.parse(t.toUpperCase());
    }
    if (t.chars().allMatch(Character::isDigit)) {
      return Duration.ofMillis(Long.parseLong(t));
    }
    if (t.endsWith("d")) {
      return Duration.ofDays(Long.parseLong(t.substring(0, t.length() - 1)));
    }
    return Duration.parse("PT" + t.toUpperCase());
  }
}
