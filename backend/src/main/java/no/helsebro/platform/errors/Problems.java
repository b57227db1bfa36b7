package no.helsebro.platform.errors;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** Builds problem+json responses. */
public final class Problems {

  public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  private Problems() {}

  public static MutableHttpResponse<Problem> response(
      HttpStatus status, String code, String title, String detail) {
    return response(
        new Problem(Problem.TYPE_BASE + code, title, status.getCode(), detail, code, null, null));
  }

  public static MutableHttpResponse<Problem> response(Problem problem) {
    return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
        .body(problem)
        .contentType(PROBLEM_JSON);
  }
}
