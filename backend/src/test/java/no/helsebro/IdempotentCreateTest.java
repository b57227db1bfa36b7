package no.helsebro;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.helsebro.platform.idempotency.Idempotency;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 9 item 8, as a class: every POST that takes an {@code Idempotency-Key} (found in the
 * generated OpenAPI document, so a new one cannot be missed) creates once when eight requests with
 * one key arrive together. None answers 5xx; every answer is the first one's 201 (same {@code
 * Location}) or 409; exactly one thing is stored; and the key sent again with another body is 422
 * {@code idempotency-key-reused} (docs/adr/0108).
 */
@MicronautTest(transactional = false)
class IdempotentCreateTest {

  static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
  static final int TWINS = 8;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;
  @Inject DataSource dataSource;

  /** A creating call ready to send: who sends it, where, two different bodies, what it stores. */
  record Endpoint(TestMember member, String path, Object body, Object otherBody, String countSql) {}

  static Stream<String> operations() {
    return Stream.of(
        "post /api/v1/topics",
        "post /api/v1/topics/{id}/posts",
        "post /api/v1/topics/{id}/follow-ups",
        "post /api/v1/groups/{id}/questions",
        "post /api/v1/mentorships/{id}/messages");
  }

  private Endpoint endpoint(String operation) {
    TestMember m = veteran();
    String unique = UUID.randomUUID().toString().substring(0, 8);
    return switch (operation) {
      case "post /api/v1/topics" ->
          new Endpoint(
              m,
              "/api/v1/topics",
              topicBody("Samtidig start " + unique),
              topicBody("En annen start " + unique),
              "SELECT COUNT(*) FROM forum_topics WHERE author_id = " + m.id());
      case "post /api/v1/topics/{id}/posts" -> {
        long topic = topic(veteran(), "Svar samtidig " + unique);
        yield new Endpoint(
            m,
            "/api/v1/topics/" + topic + "/posts",
            Map.of("body", "Ett svar " + unique),
            Map.of("body", "Et annet svar " + unique),
            "SELECT COUNT(*) FROM forum_posts WHERE author_id = " + m.id());
      }
      case "post /api/v1/topics/{id}/follow-ups" -> {
        long topic = topic(m, "Historie " + unique);
        sql("UPDATE forum_topics SET kind = 'STORY' WHERE id = ?", topic);
        yield new Endpoint(
            m,
            "/api/v1/topics/" + topic + "/follow-ups",
            Map.of("body", "Et halvt år etter " + unique),
            Map.of("body", "Et år etter " + unique),
            "SELECT COUNT(*) FROM forum_story_followups WHERE author_id = " + m.id());
      }
      case "post /api/v1/groups/{id}/questions" -> {
        long group =
            ((Number)
                    send(
                            members.coordinator(),
                            "/api/v1/groups",
                            Map.of("nameNb", "Gruppe " + unique, "nameEn", "Group " + unique),
                            null)
                        .body()
                        .get("id"))
                .longValue();
        yield new Endpoint(
            m,
            "/api/v1/groups/" + group + "/questions",
            Map.of("categoryId", categoryId(), "title", "Spørsmål " + unique, "body", "Hvordan?"),
            Map.of("categoryId", categoryId(), "title", "Et annet " + unique, "body", "Hvorfor?"),
            "SELECT COUNT(*) FROM forum_topics WHERE author_id = " + m.id());
      }
      case "post /api/v1/mentorships/{id}/messages" -> {
        TestMember mentor = members.mentor();
        long mentorship =
            insert(
                "INSERT INTO mentorships (mentor_id, mentee_id, status) VALUES (?, ?, 'ACTIVE')",
                mentor.id(),
                m.id());
        yield new Endpoint(
            m,
            "/api/v1/mentorships/" + mentorship + "/messages",
            Map.of("body", "Hei, når passer det? " + unique),
            Map.of("body", "Noe helt annet " + unique),
            "SELECT COUNT(*) FROM mentorship_messages WHERE author_id = " + m.id());
      }
      default -> throw new AssertionError("no case for " + operation);
    };
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyPostThatTakesAnIdempotencyKeyIsCoveredHere() throws Exception {
    Map<String, Object> document;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/swagger/helsebro-api.yml")) {
      assertThat(in).as("the generated OpenAPI document").isNotNull();
      document = new Yaml().load(in);
    }
    Set<String> withKey = new TreeSet<>();
    ((Map<String, Map<String, Object>>) document.get("paths"))
        .forEach(
            (path, operations) ->
                operations.forEach(
                    (method, operation) -> {
                      if (operation instanceof Map<?, ?> op
                          && op.get("parameters") instanceof List<?> parameters
                          && parameters.stream()
                              .anyMatch(
                                  p ->
                                      p instanceof Map<?, ?> pm
                                          && Idempotency.HEADER.equals(pm.get("name")))) {
                        withKey.add(method + " " + path);
                      }
                    }));

    assertThat(withKey).isEqualTo(new TreeSet<>(operations().toList()));
  }

  @ParameterizedTest
  @MethodSource("operations")
  void twinsSentTogetherWithOneKeyCreateOnceAndNoneAnswers5xx(String operation) throws Exception {
    Endpoint e = endpoint(operation);
    String key = UUID.randomUUID().toString();
    long before = count(e.countSql());

    List<HttpResponse<?>> answers = together(e, key);

    List<String> created = new ArrayList<>();
    for (HttpResponse<?> answer : answers) {
      assertThat(answer.code()).as(operation).isIn(201, 409);
      if (answer.code() == 201) {
        created.add(answer.header("Location"));
      } else {
        assertThat(answer.getContentType().map(Object::toString))
            .hasValue("application/problem+json");
      }
    }
    assertThat(created).as(operation).isNotEmpty();
    assertThat(Set.copyOf(created)).as(operation + ": one Location for all").hasSize(1);
    assertThat(count(e.countSql()) - before).as(operation + ": stored once").isEqualTo(1);

    HttpResponse<?> retry = exchange(e.member(), e.path(), e.body(), key);
    assertThat(retry.code()).isEqualTo(201);
    assertThat(retry.header("Location")).isEqualTo(created.get(0));
    assertThat(retry.header(Idempotency.REPLAYED_HEADER)).isEqualTo("true");
  }

  @ParameterizedTest
  @MethodSource("operations")
  void theSameKeyWithAnotherBodyIsRefusedAndStoresNothing(String operation) {
    Endpoint e = endpoint(operation);
    String key = UUID.randomUUID().toString();
    assertThat(exchange(e.member(), e.path(), e.body(), key).code()).isEqualTo(201);
    long before = count(e.countSql());

    HttpResponse<?> other = exchange(e.member(), e.path(), e.otherBody(), key);

    assertThat(other.code()).as(operation).isEqualTo(422);
    assertThat(other.getBody(MAP).orElseThrow()).containsEntry("code", "idempotency-key-reused");
    assertThat(count(e.countSql())).isEqualTo(before);
  }

  // ----------------------------------------------------------------

  private List<HttpResponse<?>> together(Endpoint e, String key) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(TWINS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<HttpResponse<?>>> futures = new ArrayList<>();
      for (int i = 0; i < TWINS; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return exchange(e.member(), e.path(), e.body(), key);
                }));
      }
      start.countDown();
      List<HttpResponse<?>> answers = new ArrayList<>();
      for (Future<HttpResponse<?>> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private HttpResponse<?> exchange(TestMember m, String path, Object body, String key) {
    try {
      return send(m, path, body, key);
    } catch (HttpClientResponseException e) {
      return e.getResponse();
    }
  }

  private HttpResponse<Map<String, Object>> send(
      TestMember m, String path, Object body, String key) {
    var request = HttpRequest.POST(path, body).bearerAuth(m.token());
    if (key != null) {
      request.header(Idempotency.HEADER, key);
    }
    return http.toBlocking().exchange(request, MAP);
  }

  /** An advisor whose account is a month old: the forum's limits for newcomers do not apply. */
  private TestMember veteran() {
    TestMember m = members.advisor();
    sql("UPDATE members SET created_at = UTC_TIMESTAMP(6) - INTERVAL 30 DAY WHERE id = ?", m.id());
    return m;
  }

  private long categoryId() {
    return ((Number)
            http.toBlocking()
                .retrieve(
                    HttpRequest.GET("/api/v1/categories/patient-records")
                        .bearerAuth(members.advisor().token()),
                    MAP)
                .get("id"))
        .longValue();
  }

  private Map<String, Object> topicBody(String title) {
    return Map.of(
        "categoryId", categoryId(), "kind", "DISCUSSION", "title", title, "body", "Hva gjør dere?");
  }

  private long topic(TestMember author, String title) {
    return ((Number) send(author, "/api/v1/topics", topicBody(title), null).body().get("id"))
        .longValue();
  }

  private Connection connection() throws SQLException {
    return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
  }

  private void sql(String sql, Object... params) {
    try (Connection c = connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long insert(String sql, Object... params) {
    try (Connection c = connection();
        PreparedStatement ps = c.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String sql) {
    try (Connection c = connection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
