package no.helsebro.insights;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.helsebro.platform.errors.ApiException;

/** A date given as a query parameter ({@code 2026-03-31}), as the insights calls read it. */
final class DateParameter {

  private DateParameter() {}

  /**
   * The date in {@code value}, or {@code otherwise} when it is missing or blank; a value that is no
   * date is refused as a validation error on {@code field}.
   */
  static LocalDate parse(String field, @Nullable String value, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.invalidField(field, "validation", "a date like 2026-03-31");
    }
  }
}
