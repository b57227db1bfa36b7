package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helsebro.testing.SecondNode;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The writer sees their own write on the very next request, whichever node serves it
 * (docs/adr/0010): node B here reads the change feed only every 10 s, so without the position the
 * write's answer hands back, it would still serve its cached page.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnWriteOnAnyNodeTest {

  @Inject ForumApi api;

  SecondNode slowNodeB;

  @BeforeAll
  void startNodeB() {
    slowNodeB =
        SecondNode.start(
            Map.of(
                "helsebro.changes.poll-interval", "10s",
                "helsebro.forum.shared-cache-max-age", "60s"));
  }

  @AfterAll
  void stopNodeB() {
    slowNodeB.close();
  }

  @Test
  void anEditIsOnTheWritersNextPageFromAnotherNodeThoughThatNodeHasNotReadTheFeedYet() {
    TestMember author = api.veteran();
    long topic = api.question(api.veteran(), ForumApi.unique("Egen endring"));
    long reply = api.replyId(author, topic, "Første utgave");
    slowNodeB.catchUp();
    assertThat(bodiesOnNodeB(author, topic, null).get(1)).contains("Første utgave");

    HttpResponse<?> edited =
        api.send(
            author,
            HttpRequest.PUT(
                "/api/v1/posts/" + reply, Map.of("version", 1, "body", "Andre utgave")));
    String seen = seenCookie(edited);

    assertThat(bodiesOnNodeB(author, topic, null).get(1))
        .as("node B, not yet told, still serves its cached page")
        .contains("Første utgave");
    assertThat(bodiesOnNodeB(author, topic, seen).get(1)).contains("Andre utgave");
  }

  @Test
  void aNewReplyIsOnTheWritersNextPageFromAnotherNode() {
    TestMember author = api.veteran();
    long topic = api.question(api.veteran(), ForumApi.unique("Eget svar"));
    slowNodeB.catchUp();
    assertThat(bodiesOnNodeB(author, topic, null)).hasSize(1);

    HttpResponse<?> posted =
        api.http
            .toBlocking()
            .exchange(
                HttpRequest.POST("/api/v1/topics/" + topic + "/posts", Map.of("body", "Mitt svar"))
                    .bearerAuth(author.token())
                    .header("Idempotency-Key", UUID.randomUUID().toString()),
                ForumApi.MAP);
    Instant asked = Instant.now();

    assertThat(bodiesOnNodeB(author, topic, seenCookie(posted))).hasSize(2);
    assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void aReadAnswersWithoutTheCookieAndAPositionOfNoWriteIsNotWaitedForLong() {
    TestMember reader = api.veteran();
    long topic = api.question(api.veteran(), ForumApi.unique("Bare lesing"));

    HttpResponse<?> read =
        api.http
            .toBlocking()
            .exchange(
                HttpRequest.GET("/api/v1/topics/" + topic).bearerAuth(reader.token()),
                ForumApi.MAP);
    Instant asked = Instant.now();
    List<String> bodies = bodiesOnNodeB(reader, topic, "helsebro_seen=" + Long.MAX_VALUE);

    assertThat(read.getHeaders().getAll("Set-Cookie"))
        .noneMatch(c -> c.startsWith("helsebro_seen="));
    assertThat(bodies).hasSize(1);
    assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(3));
  }

  // ----------------------------------------------------------------

  /** "helsebro_seen=…" from the answer to a write, ready to send back. */
  private static String seenCookie(HttpResponse<?> response) {
    return response.getHeaders().getAll("Set-Cookie").stream()
        .filter(c -> c.startsWith("helsebro_seen="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the write's answer has no helsebro_seen cookie"));
  }

  @SuppressWarnings("unchecked")
  private List<String> bodiesOnNodeB(TestMember member, long topic, String cookie) {
    MutableHttpRequest<?> request =
        HttpRequest.GET("/api/v1/topics/" + topic).bearerAuth(member.token());
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    Map<String, Object> page = slowNodeB.http().retrieve(request, ForumApi.MAP);
    return ((List<Map<String, Object>>) page.get("posts"))
        .stream().map(p -> String.valueOf(p.get("bodyHtml"))).toList();
  }
}
