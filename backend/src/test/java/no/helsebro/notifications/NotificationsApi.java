package no.helsebro.notifications;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;

/** Small helpers for notification tests: members, topics and replies through the API. */
@Singleton
class NotificationsApi {

  static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

  final HttpClient http;
  final TestMembers members;
  private final DataSource dataSource;

  NotificationsApi(@Client("/") HttpClient http, TestMembers members, DataSource dataSource) {
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

  int sql(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  List<List<Object>> rows(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<List<Object>> out = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(rs.getObject(i));
          }
          out.add(row);
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  long categoryId(String slug) {
    return ((Number) get(members.advisor(), "/api/v1/categories/" + slug).get("id")).longValue();
  }

  long question(TestMember m, String title, String... tags) {
    Map<String, Object> r =
        http.toBlocking()
            .exchange(
                HttpRequest.POST(
                        "/api/v1/topics",
                        Map.of(
                            "categoryId",
                            categoryId("patient-records"),
                            "kind",
                            "QUESTION",
                            "title",
                            title,
                            "body",
                            "Hvordan gjør dere dette i DIPS Arena?",
                            "tags",
                            List.of(tags)))
                    .bearerAuth(m.token())
                    .header("Idempotency-Key", UUID.randomUUID().toString()),
                MAP)
            .body();
    return ((Number) r.get("id")).longValue();
  }

  long reply(TestMember m, long topicId, String body) {
    Map<String, Object> r =
        http.toBlocking()
            .exchange(
                HttpRequest.POST("/api/v1/topics/" + topicId + "/posts", Map.of("body", body))
                    .bearerAuth(m.token())
                    .header("Idempotency-Key", UUID.randomUUID().toString()),
                MAP)
            .body();
    return ((Number) r.get("id")).longValue();
  }

  /** The id of a tag, found by its exact name. */
  long tagId(String name) {
    return getList(members.advisor(), "/api/v1/tags?q=" + name).stream()
        .filter(t -> name.equalsIgnoreCase((String) t.get("name")))
        .map(t -> ((Number) t.get("id")).longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tag " + name));
  }

  List<Map<String, Object>> getList(TestMember m, String path) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET(path).bearerAuth(m.token()), Argument.listOf(MAP));
  }

  Map<String, Object> get(TestMember m, String path) {
    return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(m.token()), MAP);
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> notifications(TestMember m) {
    // An empty list is left out of the JSON (serde's default inclusion).
    Object items = get(m, "/api/v1/notifications").get("items");
    return items == null ? List.of() : (List<Map<String, Object>>) items;
  }

  long unread(TestMember m) {
    return ((Number) get(m, "/api/v1/notifications/unread-count").get("unread")).longValue();
  }

  void send(TestMember m, MutableHttpRequest<?> request) {
    http.toBlocking().exchange(request.bearerAuth(m.token()), MAP);
  }

  /** The refusal of a request that should fail (m null: no token). */
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

  /** Waits up to five seconds for a condition. */
  static void eventually(BooleanSupplier condition) {
    long until = System.currentTimeMillis() + 5000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > until) {
        throw new AssertionError("not within 5 s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
