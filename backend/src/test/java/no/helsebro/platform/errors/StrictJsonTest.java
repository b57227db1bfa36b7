package no.helsebro.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.helsebro.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9 item 14: JSON values of the wrong type are refused with 400 naming the field, instead of
 * being coerced (true → 1, [1] → 1, 1.5 → 1, 42 → "42", [["a"]] → ["a"]).
 */
@MicronautTest
class StrictJsonTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;

  private HttpResponse<?> post(String path, String json, String token) {
    var request =
        HttpRequest.POST(path, json)
            .contentType(MediaType.APPLICATION_JSON_TYPE)
            .header("X-Helsebro-Csrf", "1");
    if (token != null) {
      request.bearerAuth(token);
    }
    try {
      return http.toBlocking().exchange(request, Argument.STRING, Argument.of(Map.class));
    } catch (HttpClientResponseException e) {
      return e.getResponse();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(HttpResponse<?> response) {
    Map<String, Object> body = response.getBody(Map.class).orElseThrow();
    List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
    return errors == null ? List.of() : errors.stream().map(e -> (String) e.get("field")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\": true}|id",
        "{\"id\": [1]}|id",
        "{\"id\": 1.5}|id",
        "{\"id\": \"12\"}|id",
        "{\"id\": {}}|id",
        "{\"title\": 42}|title",
        "{\"title\": [\"x\"]}|title",
        "{\"title\": true}|title",
        "{\"title\": {\"a\": 1}}|title",
        "{\"tags\": [[\"a\"]]}|tags[0]",
        "{\"tags\": [\"a\", 7]}|tags[1]",
        "{\"tags\": \"a\"}|tags",
        "{\"archived\": \"true\"}|archived",
        "{\"archived\": 1}|archived",
        "{\"count\": 2.0}|count",
        "{\"count\": false}|count",
        "{\"size\": \"3\"}|size",
        "{\"ids\": [1, true]}|ids[1]",
        "{\"inner\": {\"value\": \"9\"}}|inner.value",
        "{\"inner\": {\"name\": 5}}|inner.name",
      })
  void aValueOfTheWrongTypeIsRefusedNamingTheField(String json, String field) {
    HttpResponse<?> response = post("/api/v1/test-problems/typed", json, null);

    assertThat(response.getStatus().getCode())
        .as(String.valueOf(response.getBody(String.class)))
        .isEqualTo(400);
    assertThat(response.getContentType().map(MediaType::toString))
        .hasValue("application/problem+json");
    assertThat(fields(response))
        .as(String.valueOf(response.getBody(Map.class)))
        .containsExactly(field);
  }

  @Test
  void valuesOfTheRightTypeStillPass() {
    HttpResponse<?> response =
        post(
            "/api/v1/test-problems/typed",
            "{\"id\": 12, \"title\": \"ok\", \"tags\": [\"a\"], \"archived\": false,"
                + " \"count\": 3, \"size\": 4, \"ids\": [1, 2], \"inner\": {\"name\": \"n\","
                + " \"value\": 9}, \"unknown\": \"ignored\"}",
            null);

    assertThat(response.getStatus().getCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"true|categoryId", "[1]|categoryId", "1.5|categoryId"})
  void aTopicWithACategoryOfTheWrongTypeIsRefused(String value, String field) {
    String token = members.advisor().token();

    HttpResponse<?> response =
        post(
            "/api/v1/topics",
            "{\"categoryId\": "
                + value
                + ", \"kind\": \"DISCUSSION\", \"title\": \"Et gyldig"
                + " tema\", \"body\": \"Tekst\"}",
            token);

    assertThat(response.getStatus().getCode()).isEqualTo(400);
    assertThat(fields(response)).containsExactly(field);
  }

  @Test
  void anAddressWithAZeroWidthSpaceIsABadRequestNotAMailFailure() {
    HttpResponse<?> response =
        post(
            "/api/v1/auth/registrations",
            "{\"displayName\": \"Kari\", \"email\": \"kari\u200b@ahus.no\", \"password\":"
                + " \"et langt og eget passord 42\", \"organisation\": \"Ahus\"}",
            null);

    assertThat(response.getStatus().getCode()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("email");
  }
}
