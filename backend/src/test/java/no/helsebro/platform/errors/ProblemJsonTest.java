package no.helsebro.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class ProblemJsonTest {

  @Inject
  @Client("/")
  HttpClient http;

  private HttpClientResponseException post(String path, String json) {
    return assertThrows(
        HttpClientResponseException.class,
        () ->
            http.toBlocking()
                .exchange(
                    HttpRequest.POST(path, json).contentType(MediaType.APPLICATION_JSON_TYPE),
                    Argument.STRING,
                    Argument.of(Map.class)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(HttpClientResponseException e) {
    return e.getResponse().getBody(Map.class).orElseThrow();
  }

  @Test
  void malformedJsonIsABadRequestProblem() {
    HttpClientResponseException e = post("/api/v1/test-problems/validated", "{\"email\": ");

    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    assertThat(e.getResponse().getContentType().map(MediaType::toString))
        .hasValue("application/problem+json");
    assertThat(body(e)).containsEntry("status", 400).containsKey("title");
  }

  @Test
  @SuppressWarnings("unchecked")
  void invalidFieldsAreNamedAsTheClientSentThem() {
    HttpClientResponseException e =
        post(
            "/api/v1/test-problems/validated",
            "{\"email\":\"not-an-email\",\"name\":\"\",\"tags\":[\"ok\",\"far-too-long-tag\"]}");

    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    List<Map<String, String>> errors = (List<Map<String, String>>) body(e).get("errors");
    assertThat(errors).extracting(m -> m.get("field")).containsExactly("email", "name", "tags[1]");
    assertThat(body(e)).containsEntry("code", "validation");
  }

  @Test
  void aBusinessRefusalKeepsItsStatusCodeAndExtensions() {
    HttpClientResponseException e = post("/api/v1/test-problems/refused", "{}");

    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
    assertThat(body(e))
        .containsEntry("code", "edit-conflict")
        .containsEntry("type", "https://helsebro.no/problems/edit-conflict")
        .containsEntry("currentVersion", 3);
  }

  @Test
  void anUnexpectedErrorIsA500WithoutInternalDetails() {
    HttpClientResponseException e = post("/api/v1/test-problems/crash", "{}");

    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR.getCode());
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .doesNotContain("secret internal detail")
        .doesNotContain("IllegalStateException");
  }

  @Test
  void aTransactionConflictThatOutlastedItsRetriesIs503WithRetryAfterAndNoDetail() {
    HttpClientResponseException e = post("/api/v1/test-problems/conflict", "{}");

    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.getCode());
    assertThat(e.getResponse().getHeaders().get("Retry-After")).isEqualTo("1");
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .contains("database-conflict")
        .doesNotContain("Deadlock");
  }
}
