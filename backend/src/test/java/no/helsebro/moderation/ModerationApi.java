package no.helsebro.moderation;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;

/** Helpers for moderation tests: members, topics and replies through the forum API, flags. */
@Singleton
class ModerationApi {

  static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

  final HttpClient http;
  final TestMembers members;
  private final DataSource dataSource;

  ModerationApi(@Client("/") HttpClient http, TestMembers members, DataSource dataSource) {
    this.http = http;
    this.members = members;
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /** An advisor whose account is a month old: trusted by the forum's policy. */
  TestMember veteran() {
    TestMember m = members.advisor();
    sql("UPDATE members SET created_at = UTC_TIMESTAMP(6) - INTERVAL 30 DAY WHERE id = ?", m.id());
    return m;
  }

  /** An advisor who registered just now: not trusted. */
  TestMember newcomer() {
    return members.advisor();
  }

  TestMember coordinator() {
    return members.coordinator();
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

  List<Map<String, Object>> rows(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<Map<String, Object>> out = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new HashMap<>();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
          }
          out.add(row);
        }
        return out;
      }
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

  long topic(TestMember m, String kind, String title) {
    Map<String, Object> r = new HashMap<>();
    r.put("categoryId", categoryId("coffee-room"));
    r.put("kind", kind);
    r.put("title", title);
    r.put("body", "Innlegg til moderasjonstest");
    HttpResponse<Map<String, Object>> res =
        http.toBlocking()
            .exchange(
                HttpRequest.POST("/api/v1/topics", r)
                    .bearerAuth(m.token())
                    .header("Idempotency-Key", UUID.randomUUID().toString()),
                MAP);
    return ((Number) res.body().get("id")).longValue();
  }

  long reply(TestMember m, long topicId, String body) {
    Map<String, Object> res =
        http.toBlocking()
            .exchange(
                HttpRequest.POST("/api/v1/topics/" + topicId + "/posts", Map.of("body", body))
                    .bearerAuth(m.token())
                    .header("Idempotency-Key", UUID.randomUUID().toString()),
                MAP)
            .body();
    return ((Number) res.get("id")).longValue();
  }

  /** A reply by a veteran in a new discussion, ready to be flagged: {topicId, postId}. */
  long[] flaggableReply(TestMember author) {
    long topic = topic(veteran(), "DISCUSSION", unique("Flaggbar tråd"));
    return new long[] {topic, reply(author, topic, unique("Et svar som kan flagges"))};
  }

  HttpResponse<Map<String, Object>> flag(TestMember m, long postId, String reason) {
    return send(
        m, HttpRequest.POST("/api/v1/posts/" + postId + "/flags", Map.of("reason", reason)));
  }

  Map<String, Object> get(TestMember m, String path) {
    return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(m.token()), MAP);
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

  /** The post as the member sees it on the topic page (first page). */
  @SuppressWarnings("unchecked")
  Map<String, Object> postOnPage(TestMember m, long topicId, long postId) {
    Map<String, Object> topic = get(m, "/api/v1/topics/" + topicId);
    Object posts = topic.get("posts");
    if (posts instanceof Map<?, ?> page) {
      posts = page.get("items");
    }
    for (Map<String, Object> p : (List<Map<String, Object>>) posts) {
      if (((Number) p.get("id")).longValue() == postId) {
        return p;
      }
    }
    return null;
  }
}
