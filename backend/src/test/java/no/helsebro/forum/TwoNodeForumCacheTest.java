package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.helsebro.testing.SecondNode;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two nodes on one database: node B has the topic page and the list in its shared read caches
 * (docs/adr/0207) when a change is made through node A; node B serves the change within a second.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeForumCacheTest {

  private static final Duration WITHIN = Duration.ofSeconds(1);
  private static final String LIST = "/api/v1/topics?category=patient-records&size=30";

  @Inject ForumApi api;

  SecondNode nodeB;

  @BeforeAll
  void startNodeB() {
    // Without the feed, node B would serve its cached pages for this long.
    nodeB = SecondNode.start(Map.of("helsebro.forum.shared-cache-max-age", "60s"));
  }

  @AfterAll
  void stopNodeB() {
    nodeB.close();
  }

  @Test
  void aReplyPostedThroughNodeAIsOnNodeBsTopicPageAndListWithinASecond() {
    TestMember asker = api.veteran();
    TestMember reader = api.veteran();
    long topic = api.question(asker, ForumApi.unique("To noder"));
    nodeB.catchUp();
    assertThat(postBodies(reader, topic)).hasSize(1);
    assertThat(listed(reader, topic)).containsEntry("replyCount", 0);

    api.reply(api.veteran(), topic, "Svar skrevet på node A");

    SecondNode.within(WITHIN, () -> postBodies(reader, topic).size() == 2);
    SecondNode.within(
        WITHIN, () -> Integer.valueOf(1).equals(listed(reader, topic).get("replyCount")));
  }

  @Test
  void anEditMadeThroughNodeAIsOnNodeBWithinASecond() {
    TestMember author = api.veteran();
    TestMember reader = api.veteran();
    long topic = api.question(api.veteran(), ForumApi.unique("Redigert på A"));
    long reply = api.replyId(author, topic, "Første utgave");
    nodeB.catchUp();
    assertThat(postBodies(reader, topic).get(1)).contains("Første utgave");

    api.send(
        author,
        HttpRequest.PUT("/api/v1/posts/" + reply, Map.of("version", 1, "body", "Andre utgave")));

    SecondNode.within(WITHIN, () -> postBodies(reader, topic).get(1).contains("Andre utgave"));
  }

  @Test
  void aPostHiddenForPatientDataThroughNodeAIsGoneOnNodeBWithinASecond() {
    TestMember reader = api.veteran();
    long topic = api.question(api.veteran(), ForumApi.unique("Skjult på A"));
    long reply = api.replyId(api.veteran(), topic, "Pasienten i seng 4 heter noe");
    nodeB.catchUp();
    assertThat(postBodies(reader, topic).get(1)).contains("seng 4");

    api.send(
        api.coordinator(),
        HttpRequest.POST("/api/v1/posts/" + reply + "/hide", Map.of("reason", "Pasientdata")));

    SecondNode.within(WITHIN, () -> postBodies(reader, topic).get(1).isEmpty());
  }

  @Test
  void aHiddenTopicLeavesNodeBsListWithinASecond() {
    TestMember reader = api.veteran();
    long topic = api.question(api.veteran(), ForumApi.unique("Hele tråden skjules"));
    nodeB.catchUp();
    assertThat(listed(reader, topic)).isNotEmpty();

    api.send(
        api.coordinator(),
        HttpRequest.POST("/api/v1/topics/" + topic + "/hide", Map.of("reason", "Pasientdata")));

    SecondNode.within(WITHIN, () -> listed(reader, topic).isEmpty());
  }

  @Test
  void aRenamedAuthorIsNamedSoOnNodeBWithinASecond() {
    TestMember author = api.veteran();
    TestMember reader = api.veteran();
    long topic = api.question(author, ForumApi.unique("Omdøpt forfatter"));
    nodeB.catchUp();
    assertThat(listed(reader, topic).toString()).contains(author.displayName());

    api.send(author, HttpRequest.PATCH("/api/v1/me", Map.of("displayName", "Helt Nytt Navn")));

    SecondNode.within(WITHIN, () -> listed(reader, topic).toString().contains("Helt Nytt Navn"));
  }

  // ----------------------------------------------------------------

  /** The posts' HTML on node B's topic page, as the reader sees them ("" for a hidden one). */
  @SuppressWarnings("unchecked")
  private List<String> postBodies(TestMember reader, long topic) {
    Map<String, Object> page =
        nodeB
            .http()
            .retrieve(
                HttpRequest.GET("/api/v1/topics/" + topic).bearerAuth(reader.token()),
                ForumApi.MAP);
    return ((List<Map<String, Object>>) page.get("posts"))
        .stream().map(p -> String.valueOf(p.get("bodyHtml"))).toList();
  }

  /** The topic's item in node B's list, or an empty map when it is not listed. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> listed(TestMember reader, long topic) {
    Map<String, Object> page =
        nodeB.http().retrieve(HttpRequest.GET(LIST).bearerAuth(reader.token()), ForumApi.MAP);
    return ((List<Map<String, Object>>) page.get("items"))
        .stream()
            .filter(i -> ((Number) i.get("id")).longValue() == topic)
            .findFirst()
            .orElse(Map.of());
  }
}
