package no.helsebro.platform.errors;

import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A business refusal: the request was understood and is refused for a reason the member can act on.
 * Rendered as problem+json with the given status (always 4xx), never as a 500.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final String title;
  private final List<Problem.FieldError> fieldErrors;
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  public ApiException(HttpStatus status, String code, String title, String detail) {
    this(status, code, title, detail, List.of());
  }

  public ApiException(
      HttpStatus status,
      String code,
      String title,
      String detail,
      List<Problem.FieldError> fieldErrors) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
    this.title = title;
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public static ApiException badRequest(String code, String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, code, "Bad Request", detail);
  }

  /**
   * A single wrong field, e.g. {@code invalidField("email", "email-taken", "...")}: the code is the
   * problem's and the field error's (the front end translates it; ValidationCodesTest checks that
   * it can).
   */
  public static ApiException invalidField(String field, String code, String message) {
    return new ApiException(
        HttpStatus.BAD_REQUEST,
        code,
        "Bad Request",
        message,
        List.of(new Problem.FieldError(field, message, code)));
  }

  /**
   * A value that bean validation cannot judge, refused as {@code code: validation} like the
   * constraints are, with the field error's own reason, e.g. {@code invalidValue("linkUrl", "url",
   * "must be an http(s) address")}.
   */
  public static ApiException invalidValue(String field, String reason, String message) {
    return new ApiException(
        HttpStatus.BAD_REQUEST,
        "validation",
        "Bad Request",
        message,
        List.of(new Problem.FieldError(field, message, reason)));
  }

  public static ApiException notFound(String what) {
    return new ApiException(HttpStatus.NOT_FOUND, "not-found", "Not Found", what + " not found");
  }

  public static ApiException forbidden(String code, String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, code, "Forbidden", detail);
  }

  public static ApiException conflict(String code, String detail) {
    return new ApiException(HttpStatus.CONFLICT, code, "Conflict", detail);
  }

  public static ApiException tooManyRequests(String code, String detail) {
    return new ApiException(HttpStatus.TOO_MANY_REQUESTS, code, "Too Many Requests", detail);
  }

  /** Adds a member to the problem body (e.g. the positions of a found national id number). */
  public ApiException with(String name, Object value) {
    extensions.put(name, value);
    return this;
  }

  public HttpStatus status() {
    return status;
  }

  public Problem toProblem() {
    return new Problem(
        Problem.TYPE_BASE + code,
        title,
        status.getCode(),
        getMessage(),
        code,
        fieldErrors.isEmpty() ? null : fieldErrors,
        extensions.isEmpty() ? null : Map.copyOf(extensions));
  }
}
