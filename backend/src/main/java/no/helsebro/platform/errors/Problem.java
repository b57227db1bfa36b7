package no.helsebro.platform.errors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * An RFC 7807 problem: the body of every error answer of the API, sent as {@code
 * application/problem+json}. {@code code} is a stable, language-neutral reason the front end
 * translates; {@code errors} names the fields that were wrong.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    @Nullable String detail,
    @Nullable String code,
    @Nullable List<FieldError> errors,
    @Nullable Map<String, Object> extensions) {

  public static final String TYPE_BASE = "https://helsebro.no/problems/";

  @JsonAnyGetter
  public Map<String, Object> extensions() {
    return extensions == null ? Map.of() : extensions;
  }

  /**
   * One wrong field of a request, named as the client sent it (e.g. {@code email}). {@code code} is
   * a stable reason the front end translates (docs/adr/0008): a constraint ({@code required},
   * {@code too-long} with {@code max}, ...) or the refusal's own code ({@code email-taken}); {@code
   * message} is for developers only and never shown to members.
   *
   * @param format for {@code code = "format"}: which format the value must have ({@code slug})
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldError(
      String field,
      String message,
      @Nullable String code,
      @Nullable Long min,
      @Nullable Long max,
      @Nullable String format) {

    /** A field error whose code is the problem's own code (e.g. {@code email-taken}). */
    public FieldError(String field, String message, String code) {
      this(field, message, code, null, null, null);
    }

    /** A field error without a code: the front end shows its generic text for the field. */
    public FieldError(String field, String message) {
      this(field, message, null, null, null, null);
    }
  }
}
