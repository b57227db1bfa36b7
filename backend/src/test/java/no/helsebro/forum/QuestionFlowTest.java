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

// A random port: other test runs on this machine may hold 8080.
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class QuestionFlowTest {

  @Inject ForumApi api;

  @Test
  void anAcceptedAnswerMarksTheQuestionSolvedInTheListAndOnTheTopic() {
    TestMember asker = api.veteran();
    TestMember helper = api.veteran();
    String title = ForumApi.unique("Utskrift fra DIPS feiler");
    long topic = api.question(asker, title);
    long answer = api.replyId(helper, topic, "Sjekk skriverkøen først.");

    api.send(
        asker,
        HttpRequest.PUT("/api/v1/topics/" + topic + "/accepted-answer", Map.of("postId", answer)));

    Map<String, Object> page = api.get(helper, "/api/v1/topics/" + topic);
    @SuppressWarnings("unchecked")
    Map<String, Object> t = (Map<String, Object>) page.get("topic");
    assertThat(t).containsEntry("solved", true).containsEntry("acceptedPostNumber", 2);
    List<Map<String, Object>> list =
        api.items(helper, "/api/v1/topics?kind=question&sort=newest&size=50");
    assertThat(list)
        .filteredOn(x -> title.equals(x.get("title")))
        .singleElement()
        .satisfies(x -> assertThat(x).containsEntry("solved", true).containsEntry("replyCount", 1));
    assertThat(api.items(helper, "/api/v1/topics?kind=question&solved=false&sort=newest&size=100"))
        .noneMatch(x -> title.equals(x.get("title")));
  }

  @Test
  void onlyTheAskerOrACoordinatorAcceptsAnAnswer() {
    TestMember asker = api.veteran();
    TestMember other = api.veteran();
    long topic = api.question(asker, ForumApi.unique("Hvem godtar?"));
    long answer = api.replyId(other, topic, "Et svar");

    var e =
        api.refusal(
            other,
            HttpRequest.PUT(
                "/api/v1/topics/" + topic + "/accepted-answer", Map.of("postId", answer)));

    assertThat(e.getStatus().getCode()).isEqualTo(403);
    api.send(
        api.coordinator(),
        HttpRequest.PUT("/api/v1/topics/" + topic + "/accepted-answer", Map.of("postId", answer)));
    @SuppressWarnings("unchecked")
    Map<String, Object> t =
        (Map<String, Object>) api.get(other, "/api/v1/topics/" + topic).get("topic");
    assertThat(t).containsEntry("solved", true);
  }

  @Test
  void aDeepLinkToAPostNumberLandsOnThePageThatHoldsIt() {
    TestMember m = api.veteran();
    long topic = api.question(m, ForumApi.unique("Lang tråd"));
    for (int i = 0; i < 45; i++) {
      api.reply(m, topic, "Svar nummer " + (i + 2));
    }

    Map<String, Object> page = api.get(m, "/api/v1/topics/" + topic + "?post=43&size=20");

    assertThat(page).containsEntry("page", 2).containsEntry("totalPages", 3);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> posts = (List<Map<String, Object>>) page.get("posts");
    assertThat(posts).extracting(p -> p.get("postNumber")).contains(41, 43, 46).hasSize(6);
    assertThat((String) posts.get(2).get("bodyHtml")).contains("Svar nummer 43");
  }

  @Test
  void newRepliesSinceTheLastVisitAreCountedFromTheReadMarker() {
    TestMember reader = api.veteran();
    TestMember writer = api.veteran();
    String title = ForumApi.unique("Uleste svar");
    long topic = api.question(writer, title);
    api.get(reader, "/api/v1/topics/" + topic);
    api.reply(writer, topic, "Første nye");
    api.reply(writer, topic, "Andre nye");

    Map<String, Object> row =
        api.items(reader, "/api/v1/topics?sort=newest&size=50").stream()
            .filter(x -> title.equals(x.get("title")))
            .findFirst()
            .orElseThrow();
    Map<String, Object> page = api.get(reader, "/api/v1/topics/" + topic);
    Map<String, Object> again = api.get(reader, "/api/v1/topics/" + topic);

    assertThat(row).containsEntry("lastReadPostNumber", 1).containsEntry("lastPostNumber", 3);
    assertThat(page).containsEntry("lastReadPostNumber", 1);
    assertThat(again).containsEntry("lastReadPostNumber", 3);
  }

  @Test
  void repliesShowWhomTheyReplyToAndQuotesRenderAsBlockquotes() {
    TestMember a = api.veteran();
    TestMember b = api.veteran();
    long topic = api.question(a, ForumApi.unique("Sitat"));
    long first = api.replyId(a, topic, "Første svar");
    api.send(
        b,
        HttpRequest.POST(
            "/api/v1/topics/" + topic + "/posts",
            Map.of("body", "> Første svar\n\nEnig!", "replyToPostId", first)));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> posts =
        (List<Map<String, Object>>) api.get(a, "/api/v1/topics/" + topic).get("posts");

    assertThat(posts.get(2).get("bodyHtml")).asString().contains("<blockquote>");
    assertThat(posts.get(2).get("replyTo"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("postNumber", 2)
        .containsEntry("authorName", a.displayName());
  }
}
