package no.helsebro.forum;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;

/** Small helpers for forum tests: members with history, topics and replies through the API. */
@Singleton
class ForumApi {

  static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

  final HttpClient http;
  private final TestMembers members;
  private final DataSource dataSource;

  ForumApi(@Client("/") HttpClient http, TestMembers members, DataSource dataSource) {
    this.http = http;
    this.members = members;
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /** An advisor whose account is a month old: trusted, so no rate limits. */
  TestMember veteran() {
    TestMember m = members.advisor();
    sql("UPDATE members SET created_at = UTC_TIMESTAMP(6) - INTERVAL 30 DAY WHERE id = ?", m.id());
    return m;
  }

  TestMember newcomer() {
    return members.advisor();
  }

  TestMember coordinator() {
    return members.coordinator();
  }

  void sql(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long categoryId(String slug) {
    return ((Number) get(members.advisor(), "/api/v1/categories/" + slug).get("id")).longValue();
  }

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  Map<String, Object> topicRequest(String kind, String title, String body) {
    Map<String, Object> r = new HashMap<>();
    r.put("categoryId", categoryId("patient-records"));
    r.put("kind", kind);
    r.put("title", title);
    r.put("body", body);
    return r;
  }

  long question(TestMember m, String title) {
    return createTopic(m, topicRequest("QUESTION", title, "Hvordan gjør dere dette i DIPS Arena?"));
  }

  long createTopic(TestMember m, Map<String, Object> request) {
    HttpResponse<Map<String, Object>> r =
        http.toBlocking()
            .exchange(
                HttpRequest.POST("/api/v1/topics", request)
                    .bearerAuth(m.token())
                    .header("Idempotency-Key", UUID.randomUUID().toString()),
                MAP);
    return ((Number) r.body().get("id")).longValue();
  }

  Map<String, Object> reply(TestMember m, long topicId, String body) {
    return http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/v1/topics/" + topicId + "/posts", Map.of("body", body))
                .bearerAuth(m.token())
                .header("Idempotency-Key", UUID.randomUUID().toString()),
            MAP)
        .body();
  }

  long replyId(TestMember m, long topicId, String body) {
    return ((Number) reply(m, topicId, body).get("id")).longValue();
  }

  Map<String, Object> get(TestMember m, String path) {
    return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(m.token()), MAP);
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> items(TestMember m, String path) {
    return (List<Map<String, Object>>) get(m, path).get("items");
  }

  HttpResponse<Map<String, Object>> send(TestMember m, MutableHttpRequest<?> request) {
    return http.toBlocking().exchange(request.bearerAuth(m.token()), MAP);
  }

  /** The refusal of a request that should fail. */
  HttpClientResponseException refusal(TestMember m, MutableHttpRequest<?> request) {
    try {
      @SuppressWarnings("unchecked")
      HttpRequest<Object> r =
          (HttpRequest<Object>) (m == null ? request : request.bearerAuth(m.token()));
      http.toBlocking().exchange(r, MAP, MAP);
    } catch (HttpClientResponseException e) {
      return e;
    }
    throw new AssertionError(
        "expected a refusal for " + request.getMethod() + " " + request.getPath());
  }

  static Map<String, Object> problem(HttpClientResponseException e) {
    return e.getResponse().getBody(MAP).orElseGet(Map::of);
  }
}
