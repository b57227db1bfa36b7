package no.helsebro.platform.errors;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A request value of the wrong type (a JSON number where a string belongs, {@code page=abc}) is a
 * 400 problem whose {@code errors} name the field as the client sent it: {@code categoryId}, {@code
 * tags[0]}, {@code story.goal} (issue 9 item 14).
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
class BodyTypeErrorHandler
    implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
    String field = fieldOf(exception);
    return Problems.invalidFields(
        List.of(new Problem.FieldError(field, "has the wrong type", "wrong-type")));
  }

  /** The path of the value inside the body, else the name of the parameter. */
  static String fieldOf(ConversionErrorException exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
        return path(serde.getPath());
      }
    }
    return exception.getArgument().getName();
  }

  /** Serde records the path innermost first. */
  private static String path(List<ReferencePath> innermostFirst) {
    StringBuilder field = new StringBuilder();
    for (int i = innermostFirst.size() - 1; i >= 0; i--) {
      ReferencePath part = innermostFirst.get(i);
      if (part instanceof CollectionItemReferencePath item) {
        field.append('[').append(item.index()).append(']');
      } else if (part instanceof MapItemReferencePath entry) {
        field.append(field.isEmpty() ? "" : ".").append(entry.key());
      } else if (part instanceof PropertyReferencePath property) {
        field.append(field.isEmpty() ? "" : ".").append(property.property().getName());
      }
    }
    return field.toString();
  }
}
