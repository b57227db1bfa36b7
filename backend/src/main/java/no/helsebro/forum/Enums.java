package no.helsebro.forum;

import java.util.Locale;
import no.helsebro.platform.errors.ApiException;

/** The small closed vocabularies of the forum and lenient parsing of them from URLs. */
final class Enums {

  private Enums() {}

  enum TopicSort {
    ACTIVITY,
    NEWEST,
    HELPFUL,
    UNANSWERED
  }

  /** Organisation size of an implementation story (employees). */
  enum OrgSize {
    SMALL,
    MEDIUM,
    LARGE,
    XLARGE
  }

  /** How long an implementation took. */
  enum Duration {
    UNDER_3_MONTHS,
    MONTHS_3_12,
    YEARS_1_2,
    OVER_2_YEARS
  }

  enum TrainingFormat {
    CHECKLIST,
    VIDEO,
    ELEARNING,
    GUIDE,
    SLIDES
  }

  /** Parses "newest", "NEWEST" or "new-est" alike; null or blank gives null; junk is a 400. */
  static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidField(field, "validation", "unknown value: " + value);
    }
  }
}
