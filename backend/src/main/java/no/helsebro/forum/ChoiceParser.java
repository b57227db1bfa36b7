package no.helsebro.forum;

import java.util.Locale;
import no.helsebro.platform.errors.ApiException;

/** Lenient parsing of the forum's closed vocabularies (sort, kind, story and training choices). */
final class ChoiceParser {

  private ChoiceParser() {}

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
