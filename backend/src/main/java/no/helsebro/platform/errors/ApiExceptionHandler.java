package no.helsebro.platform.errors;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, ApiException exception) {
    return Problems.response(exception.toProblem());
  }
}
