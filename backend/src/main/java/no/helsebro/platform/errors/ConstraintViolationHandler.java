package no.helsebro.platform.errors;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bean-validation failures become a 400 problem whose {@code errors} name the fields as the client
 * sent them ({@code email}, {@code systems[2]}), not as Java sees them ({@code
 * register.request.email}), each with a stable {@code code} and its limits (docs/adr/0008), which
 * the front end turns into a sentence in the member's language.
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
            .map(ConstraintViolationHandler::toFieldError)
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problems.invalidFields(errors);
  }

  /**
   * The codes each constraint can give. Every constraint the API uses must be listed here and every
   * code translated in the front end (ValidationCodesTest walks both).
   */
  static final Map<Class<? extends Annotation>, List<String>> CODES =
      Map.of(
          NotNull.class, List.of("required"),
          NotBlank.class, List.of("required"),
          NotEmpty.class, List.of("required"),
          Size.class, List.of("too-long", "too-short", "too-many", "too-few"),
          Min.class, List.of("too-small"),
          Max.class, List.of("too-large"),
          Email.class, List.of("email"),
          Pattern.class, List.of("format"),
          Future.class, List.of("future"));

  /** A {@code @Pattern}'s message names its format (e.g. {@code slug}) for the front end. */
  static final java.util.regex.Pattern FORMAT_NAME =
      java.util.regex.Pattern.compile("[a-z]+(-[a-z]+)*");

  static Problem.FieldError toFieldError(ConstraintViolation<?> v) {
    String field = fieldName(v);
    ConstraintDescriptor<?> d = v.getConstraintDescriptor();
    Class<? extends Annotation> type = d == null ? null : d.getAnnotation().annotationType();
    Map<String, Object> a = d == null ? Map.of() : d.getAttributes();
    if (type == NotNull.class || type == NotBlank.class || type == NotEmpty.class) {
      return new Problem.FieldError(field, v.getMessage(), "required", null, null, null);
    }
    if (type == Size.class) {
      long min = number(a.get("min"), 0);
      long max = number(a.get("max"), Integer.MAX_VALUE);
      Object value = v.getInvalidValue();
      boolean text = value instanceof CharSequence;
      boolean tooBig = sizeOf(value) > max;
      String code = text ? (tooBig ? "too-long" : "too-short") : (tooBig ? "too-many" : "too-few");
      return new Problem.FieldError(
          field, v.getMessage(), code, tooBig ? null : min, tooBig ? max : null, null);
    }
    if (type == Min.class) {
      return new Problem.FieldError(
          field, v.getMessage(), "too-small", number(a.get("value"), 0), null, null);
    }
    if (type == Max.class) {
      return new Problem.FieldError(
          field, v.getMessage(), "too-large", null, number(a.get("value"), 0), null);
    }
    if (type == Pattern.class) {
      String template = d.getMessageTemplate();
      String format = template != null && FORMAT_NAME.matcher(template).matches() ? template : null;
      if ("email".equals(format)) {
        return new Problem.FieldError(field, v.getMessage(), "email", null, null, null);
      }
      return new Problem.FieldError(field, v.getMessage(), "format", null, null, format);
    }
    if (type == Email.class) {
      return new Problem.FieldError(field, v.getMessage(), "email", null, null, null);
    }
    if (type == Future.class) {
      return new Problem.FieldError(field, v.getMessage(), "future", null, null, null);
    }
    return new Problem.FieldError(field, v.getMessage(), "invalid", null, null, null);
  }

  private static long number(Object value, long otherwise) {
    return value instanceof Number n ? n.longValue() : otherwise;
  }

  private static long sizeOf(Object value) {
    if (value instanceof CharSequence s) {
      return s.length();
    }
    if (value instanceof Collection<?> c) {
      return c.size();
    }
    if (value instanceof Map<?, ?> m) {
      return m.size();
    }
    if (value != null && value.getClass().isArray()) {
      return Array.getLength(value);
    }
    return 0;
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
