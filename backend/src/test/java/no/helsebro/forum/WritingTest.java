package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

// A random port: other test runs on this machine may hold 8080.
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class WritingTest {

  /** Valid fødselsnummer (synthetic test numbers). */
  static final String VALID_FNR = "01010012356";

  @Inject ForumApi api;

  @Test
  void aRepeatedReplyWithTheSameIdempotencyKeyIsPostedOnce() {
    TestMember m = api.veteran();
    long topic = api.question(m, ForumApi.unique("Dobbeltklikk"));
    String key = UUID.randomUUID().toString();
    var request =
        HttpRequest.POST("/api/v1/topics/" + topic + "/posts", Map.of("body", "Bare én gang"));

    HttpResponse<Map<String, Object>> first = api.send(m, request.header("Idempotency-Key", key));
    HttpResponse<Map<String, Object>> second =
        api.send(
            m,
            HttpRequest.POST("/api/v1/topics/" + topic + "/posts", Map.of("body", "Bare én gang"))
                .header("Idempotency-Key", key));

    assertThat(first.code()).isEqualTo(201);
    assertThat(second.code()).isEqualTo(201);
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(lastPostNumber(m, topic)).isEqualTo(2);
  }

  @Test
  void parallelRequestsWithOneIdempotencyKeyCreateOneTopic() throws Exception {
    TestMember m = api.veteran();
    String title = ForumApi.unique("Parallelt");
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = api.topicRequest("DISCUSSION", title, "Samtidig innsending");
    int n = 8;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Callable<String> call =
            () -> {
              start.await();
              return api.send(
                      m, HttpRequest.POST("/api/v1/topics", body).header("Idempotency-Key", key))
                  .header("Location");
            };
        results.add(pool.submit(call));
      }
      start.countDown();
      List<String> locations = new ArrayList<>();
      for (Future<String> f : results) {
        locations.add(f.get());
      }
      assertThat(locations).hasSize(n).containsOnly(locations.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(api.items(m, "/api/v1/topics?sort=newest&size=100"))
        .filteredOn(x -> title.equals(x.get("title")))
        .hasSize(1);
  }

  @Test
  void theSameKeyForADifferentRequestIsRefused() {
    TestMember m = api.veteran();
    long topic = api.question(m, ForumApi.unique("Gjenbrukt nøkkel"));
    String key = UUID.randomUUID().toString();
    api.send(
        m,
        HttpRequest.POST("/api/v1/topics/" + topic + "/posts", Map.of("body", "A"))
            .header("Idempotency-Key", key));

    HttpClientResponseException e =
        api.refusal(
            m,
            HttpRequest.POST("/api/v1/topics/" + topic + "/posts", Map.of("body", "B"))
                .header("Idempotency-Key", key));

    assertThat(e.getStatus().getCode()).isEqualTo(422);
    assertThat(ForumApi.problem(e)).containsEntry("code", "idempotency-key-reused");
  }

  @Test
  void aPostWithAValidNationalIdNumberIsRefusedNamingTheField() {
    TestMember m = api.veteran();
    long topic = api.question(m, ForumApi.unique("Personvern"));

    HttpClientResponseException e =
        api.refusal(
            m,
            HttpRequest.POST(
                "/api/v1/topics/" + topic + "/posts",
                Map.of("body", "Pasienten med fnr " + VALID_FNR + " fikk feil medisin")));

    assertThat(e.getStatus().getCode()).isEqualTo(422);
    assertThat(ForumApi.problem(e))
        .containsEntry("code", "patient-data")
        .containsEntry("field", "body");
    assertThat(lastPostNumber(m, topic)).isEqualTo(1);
  }

  @Test
  void aNumberThatFailsTheControlDigitsPasses() {
    TestMember m = api.veteran();
    long topic = api.question(m, ForumApi.unique("Bestillingsnummer"));

    Map<String, Object> r = api.reply(m, topic, "Ordrenummer 01010012357 er sendt.");

    assertThat(r).containsEntry("postNumber", 2);
  }

  @Test
  void aStorySectionWithANationalIdNumberIsRefusedUnderItsOwnFieldName() {
    TestMember m = api.veteran();
    Map<String, Object> r = api.topicRequest("STORY", ForumApi.unique("Historie med fnr"), "");
    r.put("story", Map.of("context", "Sykehjem", "whatWeDid", "Vi testet med " + VALID_FNR));

    HttpClientResponseException e = api.refusal(m, HttpRequest.POST("/api/v1/topics", r));

    assertThat(ForumApi.problem(e)).containsEntry("field", "story.whatWeDid");
  }

  @Test
  void anEditWithAnOldVersionIsAConflictCarryingBothTexts() {
    TestMember m = api.veteran();
    long topic = api.question(m, ForumApi.unique("Konflikt"));
    long post = api.replyId(m, topic, "Original");
    api.send(
        m,
        HttpRequest.PUT("/api/v1/posts/" + post, Map.of("version", 1, "body", "Første endring")));

    HttpClientResponseException e =
        api.refusal(
            m,
            HttpRequest.PUT("/api/v1/posts/" + post, Map.of("version", 1, "body", "Min endring")));

    assertThat(e.getStatus().getCode()).isEqualTo(409);
    Map<String, Object> p = ForumApi.problem(e);
    assertThat(p).containsEntry("code", "edit-conflict");
    assertThat(p.get("current")).asString().contains("Første endring");
    assertThat(p.get("yours")).asString().contains("Min endring");
  }

  @Test
  void everyVersionOfAPostIsInItsHistory() {
    TestMember m = api.veteran();
    long topic = api.question(m, ForumApi.unique("Historikk"));
    long post = api.replyId(m, topic, "v1");
    api.send(m, HttpRequest.PUT("/api/v1/posts/" + post, Map.of("version", 1, "body", "v2")));
    api.send(m, HttpRequest.PUT("/api/v1/posts/" + post, Map.of("version", 2, "body", "v3")));

    List<Object> history =
        api.http
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/posts/" + post + "/revisions")
                    .bearerAuth(api.veteran().token()),
                io.micronaut.core.type.Argument.listOf(Object.class));

    assertThat(history)
        .extracting(x -> (Object) ((Map<?, ?>) x).get("body"))
        .containsExactly("v1", "v2", "v3");
  }

  @Test
  void anotherMembersPostCannotBeEdited() {
    TestMember m = api.veteran();
    long topic = api.question(m, ForumApi.unique("Andres innlegg"));
    long post = api.replyId(m, topic, "Mitt");

    HttpClientResponseException e =
        api.refusal(
            api.veteran(),
            HttpRequest.PUT("/api/v1/posts/" + post, Map.of("version", 1, "body", "Ditt")));

    assertThat(e.getStatus().getCode()).isEqualTo(403);
  }

  @Test
  void aDeletedPostLeavesAPlaceholderAndACoordinatorRestoresIt() {
    TestMember m = api.veteran();
    TestMember reader = api.veteran();
    long topic = api.question(m, ForumApi.unique("Slett"));
    long post = api.replyId(m, topic, "Angrer");

    api.send(m, HttpRequest.DELETE("/api/v1/posts/" + post));
    Map<String, Object> deleted = post(reader, topic, 2);
    api.send(api.coordinator(), HttpRequest.POST("/api/v1/posts/" + post + "/restore", Map.of()));
    Map<String, Object> restored = post(reader, topic, 2);

    assertThat(deleted).containsEntry("deleted", true);
    assertThat((String) deleted.getOrDefault("bodyHtml", "")).isEmpty();
    assertThat(restored).containsEntry("deleted", false);
    assertThat((String) restored.get("bodyHtml")).contains("Angrer");
  }

  @Test
  void aNewMemberIsRateLimitedWithAClearProblem() {
    TestMember newcomer = api.newcomer();
    long topic = api.question(api.veteran(), ForumApi.unique("Fartsgrense"));
    for (int i = 0; i < 10; i++) {
      api.reply(newcomer, topic, "Innlegg " + i);
    }

    HttpClientResponseException e =
        api.refusal(
            newcomer,
            HttpRequest.POST("/api/v1/topics/" + topic + "/posts", Map.of("body", "Ett til")));

    assertThat(e.getStatus().getCode()).isEqualTo(429);
    assertThat(ForumApi.problem(e))
        .containsEntry("code", "rate-limited")
        .containsEntry("limit", "posts-per-hour");
  }

  @Test
  void aNewMemberMayNotPostManyLinks() {
    TestMember newcomer = api.newcomer();
    long topic = api.question(api.veteran(), ForumApi.unique("Lenker"));

    HttpClientResponseException e =
        api.refusal(
            newcomer,
            HttpRequest.POST(
                "/api/v1/topics/" + topic + "/posts",
                Map.of("body", "https://a.example https://b.example https://c.example")));

    assertThat(ForumApi.problem(e)).containsEntry("limit", "links-per-post");
  }

  @Test
  void aDraftIsKeptOnTheServerUntilDiscarded() {
    TestMember m = api.veteran();
    api.send(
        m,
        HttpRequest.PUT("/api/v1/drafts/reply-1", Map.of("payload", "{\"body\":\"halvferdig\"}")));

    Map<String, Object> draft = api.get(m, "/api/v1/drafts/reply-1");
    api.send(m, HttpRequest.DELETE("/api/v1/drafts/reply-1"));

    assertThat(draft).containsEntry("payload", "{\"body\":\"halvferdig\"}");
    assertThat(api.refusal(m, HttpRequest.GET("/api/v1/drafts/reply-1")).getStatus().getCode())
        .isEqualTo(404);
  }

  @Test
  void aPreviewRendersSafeHtml() {
    Map<String, Object> r =
        api.send(
                api.veteran(),
                HttpRequest.POST("/api/v1/previews", Map.of("body", "**hei** <img src=x>")))
            .body();

    assertThat((String) r.get("html")).contains("<strong>hei</strong>").doesNotContain("<img");
  }

  @Test
  void helpfulCountsOncePerMemberAndNeverOnYourOwnReply() {
    TestMember author = api.veteran();
    TestMember fan = api.veteran();
    long topic = api.question(author, ForumApi.unique("Nyttig"));
    long reply = api.replyId(author, topic, "Et godt svar");

    api.send(fan, HttpRequest.PUT("/api/v1/posts/" + reply + "/helpful", Map.of()));
    Map<String, Object> twice =
        api.send(fan, HttpRequest.PUT("/api/v1/posts/" + reply + "/helpful", Map.of())).body();
    HttpClientResponseException own =
        api.refusal(author, HttpRequest.PUT("/api/v1/posts/" + reply + "/helpful", Map.of()));
    api.send(fan, HttpRequest.PUT("/api/v1/posts/" + reply + "/thanks", Map.of()));

    assertThat(twice).containsEntry("helpfulCount", 1).containsEntry("markedHelpful", true);
    assertThat(own.getStatus().getCode()).isEqualTo(409);
    Map<String, Object> stats = api.get(fan, "/api/v1/member-contributions/" + author.id());
    assertThat(stats.get("stats"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("helpfulReceived", 1)
        .containsEntry("thanksReceived", 1)
        .containsEntry("replies", 1)
        .containsEntry("topics", 1);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> post(TestMember m, long topic, int number) {
    List<Map<String, Object>> posts =
        (List<Map<String, Object>>) api.get(m, "/api/v1/topics/" + topic).get("posts");
    return posts.stream()
        .filter(p -> ((Number) p.get("postNumber")).intValue() == number)
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private int lastPostNumber(TestMember m, long topic) {
    return ((Number)
            ((Map<String, Object>) api.get(m, "/api/v1/topics/" + topic).get("topic"))
                .get("lastPostNumber"))
        .intValue();
  }
}
