package no.helsebro;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 9 item 9, as a class: every parameter of every GET endpoint in the generated OpenAPI
 * document (query and path), given non-ASCII text, very long text, control characters, injection
 * strings and values of the wrong type, answers 2xx, 3xx or a 4xx problem+json, never 5xx, and
 * every answer carries the security headers. A new endpoint is fuzzed without being listed here.
 */
@MicronautTest(transactional = false)
class ParameterFuzzTest implements TestPropertyProvider {

  static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

  /** Values no parameter expects: each must be refused with a 4xx or ignored, never crash. */
  static final List<String> HOSTILE =
      List.of(
          "blåbær",
          "ø",
          "Ærlig Østre Åsen",
          "Ω≈ç√∫",
          "日本語",
          "😀🏳️‍🌈",
          "\u202Eevil",
          "e\u0301",
          "\uFEFF",
          "a".repeat(3000),
          "ø".repeat(1000),
          "\u0000",
          "a\u0001b\u001f",
          "line\r\nX-Injected: 1",
          "\t",
          "",
          " ",
          "' OR '1'='1",
          "1; DROP TABLE members; --",
          "\" OR \"\"=\"",
          "%",
          "_",
          "\\",
          "<script>alert(1)</script>",
          "../../../etc/passwd",
          "${jndi:ldap://example.org/a}",
          "-1",
          "0",
          "1.5",
          "1e309",
          "99999999999999999999999",
          "-9223372036854775809",
          "NaN",
          "true",
          "[]",
          "{}",
          "null",
          "2026-13-45",
          "2026-02-30T25:61:00Z");

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;

  @Override
  public Map<String, String> getProperties() {
    // The OIDC redirects would otherwise be followed to a provider that is not running.
    return Map.of("micronaut.http.client.follow-redirects", "false");
  }

  /** One GET operation of the document: its path template and parameters by where they go. */
  record Operation(String path, List<String> query, List<String> pathParams) {}

  @Test
  void noHostileParameterValueMakesAnyGetEndpointAnswer5xx() throws Exception {
    TestMember coordinator = members.coordinator();
    Map<String, String> realIds = realIds(coordinator);
    List<Operation> operations = getOperations();
    assertThat(operations).as("GET operations with parameters").hasSizeGreaterThan(20);

    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (Operation op : operations) {
      List<String> params = new ArrayList<>(op.query());
      params.addAll(op.pathParams());
      for (String fuzzed : params) {
        for (String value : HOSTILE) {
          Map<String, String> pathValues = new LinkedHashMap<>();
          for (String p : op.pathParams()) {
            pathValues.put(p, p.equals(fuzzed) ? value : realIds.getOrDefault(op.path(), "1"));
          }
          URI uri = uri(op, pathValues, op.query().contains(fuzzed) ? Map.of(fuzzed, value) : null);
          requests++;
          String failure = check(coordinator, uri);
          if (failure != null) {
            failures.add(op.path() + " " + fuzzed + "=" + shown(value) + ": " + failure);
          }
        }
      }
      if (!op.query().isEmpty()) {
        // All query parameters at once, each with the same hostile value.
        for (String value : List.of("blåbær", "a\u0001b", "' OR 1=1 --")) {
          Map<String, String> all = new LinkedHashMap<>();
          op.query().forEach(q -> all.put(q, value));
          Map<String, String> pathValues = new LinkedHashMap<>();
          op.pathParams().forEach(p -> pathValues.put(p, realIds.getOrDefault(op.path(), "1")));
          requests++;
          String failure = check(coordinator, uri(op, pathValues, all));
          if (failure != null) {
            failures.add(op.path() + " all=" + shown(value) + ": " + failure);
          }
        }
      }
    }

    assertThat(requests).isGreaterThan(1000);
    assertThat(failures).as(failures.size() + " of " + requests + " requests").isEmpty();
  }

  /** Null when the answer is fine; else what is wrong with it. */
  private String check(TestMember caller, URI uri) {
    HttpResponse<?> response;
    try {
      response = http.toBlocking().exchange(HttpRequest.GET(uri).bearerAuth(caller.token()));
    } catch (HttpClientResponseException e) {
      response = e.getResponse();
    }
    int status = response.code();
    if (status >= 500) {
      return "status " + status + " " + response.getBody(String.class).orElse("");
    }
    if (status >= 400
        && !response
            .getContentType()
            .map(t -> t.toString().startsWith("application/problem+json"))
            .orElse(false)) {
      return "status " + status + " without problem+json: " + response.getContentType();
    }
    if (response.header("Content-Security-Policy") == null
        || response.header("Strict-Transport-Security") == null
        || !"nosniff".equals(response.header("X-Content-Type-Options"))) {
      return "status " + status + " without the security headers";
    }
    return null;
  }

  private static URI uri(
      Operation op, Map<String, String> pathValues, Map<String, String> queryValues) {
    StringBuilder uri = new StringBuilder();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(op.path());
    int last = 0;
    while (m.find()) {
      uri.append(op.path(), last, m.start()).append(encoded(pathValues.get(m.group(1))));
      last = m.end();
    }
    uri.append(op.path().substring(last));
    if (queryValues != null) {
      char separator = '?';
      for (var q : queryValues.entrySet()) {
        uri.append(separator).append(encoded(q.getKey())).append('=').append(encoded(q.getValue()));
        separator = '&';
      }
    }
    return URI.create(uri.toString());
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String shown(String value) {
    String s = value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            c ->
                out.append(
                    c < 0x20 ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private List<Operation> getOperations() throws Exception {
    Map<String, Object> document;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/swagger/helsebro-api.yml")) {
      assertThat(in).as("the generated OpenAPI document").isNotNull();
      document = new Yaml().load(in);
    }
    List<Operation> out = new ArrayList<>();
    ((Map<String, Map<String, Object>>) document.get("paths"))
        .forEach(
            (path, operations) -> {
              if (!(operations.get("get") instanceof Map<?, ?> get)) {
                return;
              }
              List<String> query = new ArrayList<>();
              List<String> pathParams = new ArrayList<>();
              if (get.get("parameters") instanceof List<?> parameters) {
                for (Object p : parameters) {
                  Map<String, Object> param = (Map<String, Object>) p;
                  if ("query".equals(param.get("in"))) {
                    query.add((String) param.get("name"));
                  } else if ("path".equals(param.get("in"))) {
                    pathParams.add((String) param.get("name"));
                  }
                }
              }
              if (!query.isEmpty() || !pathParams.isEmpty()) {
                out.add(new Operation(path, query, pathParams));
              }
            });
    return out;
  }

  /** Ids that exist, so that parameters are read past the first "not found". */
  private Map<String, String> realIds(TestMember coordinator) {
    Map<String, Object> category =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/categories/patient-records")
                    .bearerAuth(coordinator.token()),
                MAP);
    Map<String, Object> topic =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(
                        "/api/v1/topics",
                        Map.of(
                            "categoryId",
                            category.get("id"),
                            "kind",
                            "QUESTION",
                            "title",
                            "Et spørsmål å lese " + UUID.randomUUID().toString().substring(0, 6),
                            "body",
                            "Hvordan gjør dere det?"))
                    .bearerAuth(coordinator.token()),
                MAP);
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("/api/v1/topics/{id}", String.valueOf(topic.get("id")));
    ids.put("/api/v1/categories/{slug}", "patient-records");
    ids.put("/api/v1/categories/{slug}/feed", "patient-records");
    ids.put("/api/v1/contribution-reports/{memberId}", String.valueOf(coordinator.id()));
    return ids;
  }
}
