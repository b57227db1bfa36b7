package no.helsebro.platform.errors;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * Every error the framework produces itself (malformed JSON, unknown route, wrong method, missing
 * authentication) is answered as problem+json too. Server errors never carry a stack trace or an
 * internal message.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    boolean serverError = status.getCode() >= 500;
    String detail =
        serverError
            ? "Something went wrong on our side. Please try again shortly."
            : context.getErrors().stream()
                .map(Error::getMessage)
                .findFirst()
                .orElse(status.getReason());
    List<Problem.FieldError> fields =
        serverError
            ? List.of()
            : context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.FieldError(e.getPath().get(), e.getMessage(), "invalid"))
                .toList();
    String code = codeFor(status);
    Problem problem =
        new Problem(
            Problem.TYPE_BASE + code,
            status.getReason(),
            status.getCode(),
            detail,
            code,
            fields.isEmpty() ? null : fields,
            null);
    return response.body(problem).contentType(Problems.PROBLEM_JSON);
  }

  private static String codeFor(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "bad-request";
      case UNAUTHORIZED -> "unauthorized";
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND -> "not-found";
      case METHOD_NOT_ALLOWED -> "method-not-allowed";
      case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
      case REQUEST_ENTITY_TOO_LARGE -> "too-large";
      default -> status.getReason().toLowerCase(Locale.ROOT).replace(' ', '-');
    };
  }
}
