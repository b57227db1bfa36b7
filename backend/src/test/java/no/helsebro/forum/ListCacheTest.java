package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/**
 * Topic lists are served from a cache of the shared part (docs/adr/0207): these prove a list never
 * shows a page from before a forum write, and that read markers stay each member's own.
 */
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class ListCacheTest {

  static final String LATEST = "/api/v1/topics?sort=activity&size=5";

  @Inject ForumApi api;
  @Inject TopicListReader topics;
  @Inject io.micronaut.json.JsonMapper json;

  private static List<Long> ids(List<Map<String, Object>> items) {
    return items.stream().map(i -> ((Number) i.get("id")).longValue()).toList();
  }

  private Map<String, Object> item(TestMember m, String path, long id) {
    return api.items(m, path).stream()
        .filter(i -> ((Number) i.get("id")).longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theListAsSentIsExactlyWhatTheSerializerWouldWrite() throws Exception {
    // The list's JSON is spliced from pieces encoded once (TopicListReader.listJson); it must be
    // the
    // same document as encoding the page in one go, read markers, nulls and total included.
    TestMember author = api.veteran();
    TestMember reader = api.veteran();
    long read = api.question(author, ForumApi.unique("Lest «spørsmål» med \"anførsel\" og æøå"));
    api.reply(author, read, "Første svar");
    api.question(author, ForumApi.unique("Ulest spørsmål"));
    api.get(reader, "/api/v1/topics/" + read);
    TopicListQuery query =
        new TopicListQuery(
            "patient-records",
            null,
            null,
            false,
            null,
            List.of(),
            false,
            null,
            null,
            null,
            TopicSort.ACTIVITY,
            0,
            5);
    no.helsebro.platform.security.CurrentMember me =
        new no.helsebro.platform.security.CurrentMember(reader.id(), java.util.Set.of("ADVISOR"));

    Map<?, ?> spliced = json.readValue(topics.listJson(me, query), Map.class);
    Map<?, ?> whole = json.readValue(json.writeValueAsBytes(topics.list(me, query)), Map.class);

    assertThat(spliced).isEqualTo(whole);
    assertThat(spliced.get("total")).isNotNull();
    assertThat((List<?>) spliced.get("items")).hasSize(5);
    assertThat(item(reader, "/api/v1/topics?category=patient-records&size=5", read))
        .containsEntry("lastReadPostNumber", 2);
  }

  @Test
  void aReplyMovesItsTopicToTheTopOfACachedListAtOnce() {
    TestMember asker = api.veteran();
    TestMember reader = api.veteran();
    long older = api.question(asker, ForumApi.unique("Eldre spørsmål"));
    long newer = api.question(asker, ForumApi.unique("Nyere spørsmål"));
    // Read twice: the second answer may come from the cache.
    api.items(reader, LATEST);
    assertThat(ids(api.items(reader, LATEST)).get(0)).isEqualTo(newer);

    api.reply(asker, older, "Et svar som løfter tråden");

    List<Map<String, Object>> after = api.items(reader, LATEST);
    assertThat(((Number) after.get(0).get("id")).longValue()).isEqualTo(older);
    assertThat(((Number) after.get(0).get("replyCount")).intValue()).isEqualTo(1);
  }

  @Test
  void aHiddenTopicLeavesACachedListAtOnce() {
    TestMember author = api.veteran();
    TestMember reader = api.veteran();
    TestMember coordinator = api.coordinator();
    String category = "/api/v1/topics?category=patient-records&sort=newest&size=5";
    long topic =
        api.createTopic(
            author, api.topicRequest("DISCUSSION", ForumApi.unique("Skjules snart"), "Tekst"));
    api.items(reader, category);
    assertThat(ids(api.items(reader, category))).contains(topic);

    api.send(
        coordinator,
        HttpRequest.POST("/api/v1/topics/" + topic + "/hide", Map.of("reason", "Test")));

    assertThat(ids(api.items(reader, category))).doesNotContain(topic);
  }

  @Test
  void readMarkersInACachedListAreEachMembersOwn() {
    TestMember author = api.veteran();
    TestMember reader = api.veteran();
    TestMember other = api.veteran();
    long topic = api.question(author, ForumApi.unique("Lest av én"));
    api.reply(author, topic, "Første svar");
    api.get(reader, "/api/v1/topics/" + topic);

    assertThat(((Number) item(reader, LATEST, topic).get("lastReadPostNumber")).intValue())
        .isEqualTo(2);
    assertThat(item(other, LATEST, topic).get("lastReadPostNumber")).isNull();
    assertThat(((Number) item(reader, LATEST, topic).get("lastReadPostNumber")).intValue())
        .isEqualTo(2);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> posts(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("posts");
  }

  @Test
  void aCachedTopicPageShowsANewReplyAtOnceAndReactionsStayEachMembersOwn() {
    TestMember asker = api.veteran();
    TestMember helper = api.veteran();
    TestMember other = api.veteran();
    long topic = api.question(asker, ForumApi.unique("Side i hurtiglager"));
    long reply = api.replyId(helper, topic, "Første svar");
    api.get(other, "/api/v1/topics/" + topic);
    assertThat(posts(api.get(other, "/api/v1/topics/" + topic))).hasSize(2);

    api.send(asker, HttpRequest.PUT("/api/v1/posts/" + reply + "/helpful", Map.of()));
    api.reply(helper, topic, "Andre svar");

    Map<String, Object> forAsker = api.get(asker, "/api/v1/topics/" + topic);
    Map<String, Object> forOther = api.get(other, "/api/v1/topics/" + topic);
    assertThat(posts(forOther)).hasSize(3);
    assertThat(posts(forAsker).get(1).get("markedHelpful")).isEqualTo(true);
    assertThat(((Number) posts(forOther).get(1).get("helpfulCount")).intValue()).isEqualTo(1);
    assertThat(posts(forOther).get(1).get("markedHelpful")).isEqualTo(false);
  }
}
