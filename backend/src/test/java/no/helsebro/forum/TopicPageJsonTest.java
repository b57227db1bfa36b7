package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/**
 * The topic page is sent as JSON spliced from the topic encoded once per cached head and posts
 * encoded once per cached page (TopicPageReader.pageJson). For every kind of viewer and post it
 * must be exactly the document the serializer would write for the same page.
 */
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class TopicPageJsonTest {

  @Inject ForumApi api;
  @Inject TopicPageReader topics;
  @Inject JsonMapper json;

  private static CurrentMember as(TestMember m, boolean coordinator) {
    return new CurrentMember(
        m.id(), coordinator ? Set.of("ADVISOR", "COORDINATOR") : Set.of("ADVISOR"));
  }

  private void assertSplicedEqualsSerialized(CurrentMember me, long topic, Integer page)
      throws Exception {
    // Reading a page moves the member's read marker: read it once so both see the same marker.
    topics.page(me, topic, page, null, 20);
    Map<?, ?> spliced = json.readValue(topics.pageJson(me, topic, page, null, 20), Map.class);
    Map<?, ?> whole =
        json.readValue(json.writeValueAsBytes(topics.page(me, topic, page, null, 20)), Map.class);
    assertThat(spliced).isEqualTo(whole);
  }

  @Test
  void aQuestionWithAnAcceptedAnswerReactionsAndDeletedAndHiddenRepliesIsTheSameDocument()
      throws Exception {
    TestMember asker = api.veteran();
    TestMember answerer = api.veteran();
    TestMember deleter = api.veteran();
    TestMember hiddenAuthor = api.veteran();
    TestMember reader = api.veteran();
    TestMember coordinator = api.coordinator();
    long topic = api.question(asker, ForumApi.unique("Spleiset «side» med \"sitat\" og æøå"));
    long answer = api.replyId(answerer, topic, "Prøv **dette**: <b>ikke html</b> og `kode`.");
    long deleted = api.replyId(deleter, topic, "Angrer på dette svaret");
    long hidden = api.replyId(hiddenAuthor, topic, "Et svar som skjules");
    api.send(
        asker,
        HttpRequest.PUT("/api/v1/topics/" + topic + "/accepted-answer", Map.of("postId", answer)));
    api.send(reader, HttpRequest.PUT("/api/v1/posts/" + answer + "/helpful", ""));
    api.send(reader, HttpRequest.PUT("/api/v1/posts/" + answer + "/thanks", ""));
    api.send(deleter, HttpRequest.DELETE("/api/v1/posts/" + deleted));
    api.send(
        coordinator,
        HttpRequest.POST("/api/v1/posts/" + hidden + "/hide", Map.of("reason", "Test")));

    for (CurrentMember me :
        List.of(
            as(reader, false),
            as(asker, false),
            as(deleter, false),
            as(hiddenAuthor, false),
            as(coordinator, true))) {
      assertSplicedEqualsSerialized(me, topic, null);
    }
    Map<String, Object> seen = api.get(reader, "/api/v1/topics/" + topic);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> posts = (List<Map<String, Object>>) seen.get("posts");
    assertThat(posts.get(1))
        .containsEntry("markedHelpful", true)
        .containsEntry("thanked", true)
        .containsEntry("accepted", true);
    assertThat(posts.get(2)).containsEntry("deleted", true).containsEntry("bodyHtml", "");
  }

  @Test
  void aStoryWithSectionsAndFollowUpsIsTheSameDocument() throws Exception {
    TestMember author = api.veteran();
    Map<String, Object> r =
        api.topicRequest("STORY", ForumApi.unique("Velferdsteknologi i praksis"), "Kort");
    r.put("categoryId", api.categoryId("implementation-stories"));
    r.put(
        "story",
        Map.of("context", "Et sykehjem", "whatWeDid", "Én avdeling først", "advice", "Nattevakta"));
    long topic = api.createTopic(author, r);
    api.send(
        author,
        HttpRequest.POST(
            "/api/v1/topics/" + topic + "/follow-ups", Map.of("body", "Tre måneder etter")));

    assertSplicedEqualsSerialized(as(api.veteran(), false), topic, null);
    assertSplicedEqualsSerialized(as(author, false), topic, 0);
  }

  @Test
  void theMembersOwnFlagsOnTheTopicAreTheirOwnInTheSameDocument() throws Exception {
    TestMember author = api.veteran();
    TestMember reader = api.veteran();
    TestMember other = api.veteran();
    Map<String, Object> r =
        api.topicRequest("TRAINING", ForumApi.unique("Opplæring med egne merker"), "Innhold");
    r.put("trainingFormat", "GUIDE");
    r.put("linkUrl", "https://example.org/guide");
    long topic = api.createTopic(author, r);
    // The shared topic is cached before the reader's own flags change: each answer writes its own.
    assertSplicedEqualsSerialized(as(other, false), topic, null);
    api.send(reader, HttpRequest.PUT("/api/v1/topics/" + topic + "/following", Map.of()));
    api.send(reader, HttpRequest.PUT("/api/v1/topics/" + topic + "/bookmark", Map.of()));
    api.send(reader, HttpRequest.PUT("/api/v1/topics/" + topic + "/uses", Map.of()));

    assertSplicedEqualsSerialized(as(reader, false), topic, null);
    assertSplicedEqualsSerialized(as(other, false), topic, null);
    assertThat(ownFlags(reader, topic)).containsExactly(true, true, true);
    assertThat(ownFlags(other, topic)).containsExactly(false, false, false);
  }

  /** following, bookmarked and usedByMe of the topic as {@code m} reads it through the API. */
  private List<Object> ownFlags(TestMember m, long topic) {
    @SuppressWarnings("unchecked")
    Map<String, Object> t =
        (Map<String, Object>) api.get(m, "/api/v1/topics/" + topic).get("topic");
    return java.util.Arrays.asList(t.get("following"), t.get("bookmarked"), t.get("usedByMe"));
  }

  @Test
  void theNewSinceLinkCountsAndPointsToRepliesThatAreNeitherHiddenNorDeleted() throws Exception {
    TestMember asker = api.veteran();
    TestMember early = api.veteran();
    TestMember late = api.veteran();
    TestMember other = api.veteran();
    TestMember coordinator = api.coordinator();
    long topic = api.question(asker, ForumApi.unique("Nye svar siden sist"));
    api.get(early, "/api/v1/topics/" + topic);
    api.get(late, "/api/v1/topics/" + topic);
    long hidden = api.replyId(other, topic, "Et svar som skjules");
    long deleted = api.replyId(other, topic, "Et svar som slettes");
    api.send(
        coordinator,
        HttpRequest.POST("/api/v1/posts/" + hidden + "/hide", Map.of("reason", "Test")));
    api.send(other, HttpRequest.DELETE("/api/v1/posts/" + deleted));

    Map<String, Object> onlyGone = api.get(early, "/api/v1/topics/" + topic);
    assertThat(onlyGone)
        .containsEntry("lastReadPostNumber", 1)
        .containsEntry("newPostCount", 0)
        .containsEntry("firstNewPostNumber", null);

    api.replyId(other, topic, "Et synlig svar");
    assertSplicedEqualsSerialized(as(early, false), topic, null);
    Map<String, Object> oneVisible = api.get(late, "/api/v1/topics/" + topic);
    assertThat(oneVisible)
        .containsEntry("lastReadPostNumber", 1)
        .containsEntry("newPostCount", 1)
        .containsEntry("firstNewPostNumber", 4);
  }
}
