package no.helsebro.platform.errors;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean-validation failures become a 400 problem whose {@code errors} name the fields as the client
 * sent them ({@code email}, {@code systems[2]}), not as Java sees them ({@code
 * register.request.email}).
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler
    implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

  private final List<ViolationProblem> specials;

  ConstraintViolationHandler(List<ViolationProblem> specials) {
    this.specials = specials;
  }

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
    // A violation with a problem of its own (patient data: 422 with where the number is) comes
    // first: the member must deal with it before anything else matters.
    for (ConstraintViolation<?> v : exception.getConstraintViolations()) {
      for (ViolationProblem special : specials) {
        var problem = special.problemFor(fieldName(v), v);
        if (problem.isPresent()) {
          return Problems.response(problem.get());
        }
      }
    }
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problems.response(
        new Problem(
            Problem.TYPE_BASE + "validation",
            "Bad Request",
            HttpStatus.BAD_REQUEST.getCode(),
            "Some fields are not valid",
            "validation",
            errors,
            null));
  }

  static String fieldName(ConstraintViolation<?> violation) {
    List<String> parts = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      String name = node.getName() == null ? "" : node.getName();
      if (node.getIndex() != null) {
        if (!parts.isEmpty()) {
          parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
        }
        if (!name.isEmpty() && kind != ElementKind.CONTAINER_ELEMENT) {
          parts.add(name);
        }
      } else if (!name.isEmpty() && !name.startsWith("<")) {
        parts.add(name);
      }
    }
    if (parts.isEmpty()) {
      return parameter == null ? "" : parameter;
    }
    return String.join(".", parts);
  }
}
