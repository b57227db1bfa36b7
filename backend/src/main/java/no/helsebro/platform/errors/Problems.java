package no.helsebro.platform.errors;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Builds problem+json responses. */
public final class Problems {

  public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  private Problems() {}

  public static MutableHttpResponse<Problem> response(
      HttpStatus status, String code, String title, String detail) {
    return response(
        new Problem(Problem.TYPE_BASE + code, title, status.getCode(), detail, code, null, null));
  }

  /**
   * 400 {@code validation}: some fields of the request are not valid, each named in {@code errors}.
   */
  public static MutableHttpResponse<Problem> invalidFields(List<Problem.FieldError> errors) {
    return response(
        new Problem(
            Problem.TYPE_BASE + "validation",
            "Bad Request",
            HttpStatus.BAD_REQUEST.getCode(),
            "Some fields are not valid",
            "validation",
            errors,
            null));
  }

  public static MutableHttpResponse<Problem> response(Problem problem) {
    return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
        .body(problem)
        .contentType(PROBLEM_JSON);
  }
}
