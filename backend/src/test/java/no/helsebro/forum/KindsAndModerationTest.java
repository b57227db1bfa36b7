package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

// A random port: other test runs on this machine may hold 8080.
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class KindsAndModerationTest {

  @Inject ForumApi api;
  @Inject ForumQuestions questions;
  @Inject ForumStats stats;
  @Inject Replies replies;
  @Inject DataSource dataSource;

  @Singleton
  static class Replies implements ApplicationEventListener<ReplyPosted> {
    final List<ReplyPosted> seen = new CopyOnWriteArrayList<>();

    @Override
    public void onApplicationEvent(ReplyPosted event) {
      seen.add(event);
    }
  }

  private long systemId(String code) {
    List<?> terms = List.of();
    try (var c =
            io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                    dataSource)
                .getConnection();
        var ps = c.prepareStatement("SELECT id FROM taxonomy_terms WHERE code = ? AND kind = ?")) {
      ps.setString(1, code);
      ps.setString(
          2,
          code.equals("nursing-home")
              ? "WORKPLACE_TYPE"
              : code.equals("new-graduates") ? "AUDIENCE" : "SYSTEM");
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e + " " + terms);
    }
  }

  @Test
  void anImplementationStoryKeepsItsSectionsMetadataAndDatedFollowUpsInOrder() {
    TestMember author = api.veteran();
    String title = ForumApi.unique("Digitalt tilsyn på sykehjem");
    Map<String, Object> r = api.topicRequest("STORY", title, "Kort oppsummert");
    r.put("categoryId", api.categoryId("implementation-stories"));
    r.put(
        "story",
        Map.of(
            "context",
            "Et sykehjem med 40 beboere",
            "whatWeDid",
            "Vi startet med én avdeling",
            "advice",
            "Ta nattevakta med"));
    r.put("systemIds", List.of(systemId("digital-tilsyn")));
    r.put("workplaceTypeId", systemId("nursing-home"));
    r.put("orgSize", "medium");
    r.put("duration", "months_3_12");
    long topic = api.createTopic(author, r);
    api.send(
        author,
        HttpRequest.POST(
            "/api/v1/topics/" + topic + "/follow-ups",
            Map.of("body", "Tre måneder etter: det sitter.")));
    api.send(
        author,
        HttpRequest.POST(
            "/api/v1/topics/" + topic + "/follow-ups",
            Map.of("body", "Ett år etter: utvidet til alle.")));

    Map<String, Object> page = api.get(api.veteran(), "/api/v1/topics/" + topic);

    @SuppressWarnings("unchecked")
    Map<String, Object> t = (Map<String, Object>) page.get("topic");
    assertThat(t).containsEntry("orgSize", "MEDIUM").containsEntry("duration", "MONTHS_3_12");
    assertThat(t.get("workplaceType")).asString().contains("nursing-home");
    assertThat(t.get("systems")).asString().contains("digital-tilsyn");
    @SuppressWarnings("unchecked")
    Map<String, Object> first = ((List<Map<String, Object>>) page.get("posts")).get(0);
    assertThat(first.get("fieldsHtml"))
        .asString()
        .contains("Et sykehjem med 40 beboere", "Ta nattevakta med");
    assertThat(page.get("followUps"))
        .asString()
        .containsSubsequence("Tre måneder etter", "Ett år etter");
    assertThat(
            api.items(
                author,
                "/api/v1/topics?kind=story&system=digital-tilsyn&workplaceType=nursing-home&sort=newest"))
        .anyMatch(x -> title.equals(x.get("title")));
    assertThat(api.items(author, "/api/v1/topics?kind=story&system=gerica&sort=newest"))
        .noneMatch(x -> title.equals(x.get("title")));
  }

  @Test
  void onlyTheAuthorAddsFollowUpsToAStory() {
    TestMember author = api.veteran();
    Map<String, Object> r = api.topicRequest("STORY", ForumApi.unique("Historie"), "");
    r.put("story", Map.of("context", "K", "whatWeDid", "G"));
    long topic = api.createTopic(author, r);

    HttpClientResponseException e =
        api.refusal(
            api.veteran(),
            HttpRequest.POST(
                "/api/v1/topics/" + topic + "/follow-ups", Map.of("body", "Ikke min")));

    assertThat(e.getStatus().getCode()).isEqualTo(403);
  }

  @Test
  void aTrainingResourceCountsEachMembersUseOnce() {
    TestMember author = api.veteran();
    TestMember user = api.veteran();
    String title = ForumApi.unique("Sjekkliste for nyansatte");
    Map<String, Object> r = api.topicRequest("TRAINING", title, "En sjekkliste for første vakt");
    r.put("categoryId", api.categoryId("training"));
    r.put("trainingFormat", "checklist");
    r.put("linkUrl", "https://example.org/sjekkliste.pdf");
    r.put("audienceIds", List.of(systemId("new-graduates")));
    long topic = api.createTopic(author, r);

    api.send(user, HttpRequest.PUT("/api/v1/topics/" + topic + "/uses", Map.of()));
    Map<String, Object> twice =
        api.send(user, HttpRequest.PUT("/api/v1/topics/" + topic + "/uses", Map.of())).body();

    assertThat(twice).containsEntry("usedCount", 1).containsEntry("usedByMe", true);
    assertThat(
            api.items(
                user,
                "/api/v1/topics?kind=training&audience=new-graduates&format=checklist&sort=newest"))
        .anyMatch(
            x -> title.equals(x.get("title")) && Integer.valueOf(1).equals(x.get("usedCount")));
  }

  @Test
  void aTrainingResourceNeedsAnHttpLink() {
    Map<String, Object> r = api.topicRequest("TRAINING", ForumApi.unique("Uten lenke"), "Innhold");
    r.put("trainingFormat", "VIDEO");
    r.put("linkUrl", "javascript:alert(1)");

    HttpClientResponseException e =
        api.refusal(api.veteran(), HttpRequest.POST("/api/v1/topics", r));

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(e.getResponse().getBody(String.class).orElse("")).contains("linkUrl");
  }

  @Test
  void aHiddenTopicLeavesTheListsAndIsAuditedAndRestored() {
    TestMember author = api.veteran();
    TestMember coordinator = api.coordinator();
    String title = ForumApi.unique("Skjules");
    long topic = api.question(author, title);

    api.send(
        coordinator,
        HttpRequest.POST("/api/v1/topics/" + topic + "/hide", Map.of("reason", "Spam")));
    List<Map<String, Object>> afterHide =
        api.items(api.veteran(), "/api/v1/topics?sort=newest&size=100");
    int otherSees = status(api.veteran(), "/api/v1/topics/" + topic);
    api.send(coordinator, HttpRequest.POST("/api/v1/topics/" + topic + "/restore", Map.of()));

    assertThat(afterHide).noneMatch(x -> title.equals(x.get("title")));
    assertThat(otherSees).isEqualTo(404);
    assertThat(api.items(api.veteran(), "/api/v1/topics?sort=newest&size=100"))
        .anyMatch(x -> title.equals(x.get("title")));
    assertThat(auditActions(topic)).contains("post.hidden", "post.restored");
  }

  @Test
  void aLockedTopicTakesNoRepliesFromMembers() {
    long topic = api.question(api.veteran(), ForumApi.unique("Låst"));
    api.send(api.coordinator(), HttpRequest.POST("/api/v1/topics/" + topic + "/lock", Map.of()));

    HttpClientResponseException e =
        api.refusal(
            api.veteran(),
            HttpRequest.POST("/api/v1/topics/" + topic + "/posts", Map.of("body", "Hei")));

    assertThat(ForumApi.problem(e)).containsEntry("code", "topic-locked");
  }

  @Test
  void aClosedTopicShowsItsReasonAndTakesNoReplies() {
    long topic = api.question(api.veteran(), ForumApi.unique("Lukket"));
    api.send(
        api.coordinator(),
        HttpRequest.POST("/api/v1/topics/" + topic + "/close", Map.of("reason", "Duplikat")));

    HttpClientResponseException e =
        api.refusal(
            api.veteran(),
            HttpRequest.POST("/api/v1/topics/" + topic + "/posts", Map.of("body", "Hei")));

    assertThat(ForumApi.problem(e)).containsEntry("code", "topic-closed");
    assertThat(api.get(api.veteran(), "/api/v1/topics/" + topic).get("topic"))
        .asString()
        .contains("closedReason=Duplikat");
  }

  @Test
  void aPinnedTopicComesFirstInItsCategory() {
    long topic = api.question(api.veteran(), ForumApi.unique("Festet"));
    api.question(api.veteran(), ForumApi.unique("Nyere"));
    api.send(api.coordinator(), HttpRequest.POST("/api/v1/topics/" + topic + "/pin", Map.of()));

    List<Map<String, Object>> list =
        api.items(api.veteran(), "/api/v1/topics?category=patient-records");

    assertThat(((Number) list.get(0).get("id")).longValue()).isEqualTo(topic);
    api.send(api.coordinator(), HttpRequest.POST("/api/v1/topics/" + topic + "/unpin", Map.of()));
  }

  @Test
  void aMovedTopicCountsInItsNewCategory() {
    long topic = api.question(api.veteran(), ForumApi.unique("Flyttes"));
    long before = count("coffee-room");

    api.send(
        api.coordinator(),
        HttpRequest.POST(
            "/api/v1/topics/" + topic + "/move",
            Map.of("categoryId", api.categoryId("coffee-room"))));

    assertThat(count("coffee-room")).isEqualTo(before + 1);
    assertThat(api.get(api.veteran(), "/api/v1/topics/" + topic).get("topic"))
        .asString()
        .contains("slug=coffee-room");
  }

  @Test
  void mergingADuplicateMovesItsPostsToTheEndOfTheTarget() {
    TestMember a = api.veteran();
    long target = api.question(a, ForumApi.unique("Original"));
    api.reply(a, target, "Svar i originalen");
    long duplicate = api.question(a, ForumApi.unique("Duplikat"));
    api.reply(a, duplicate, "Svar i duplikatet");

    api.send(
        api.coordinator(),
        HttpRequest.POST("/api/v1/topics/" + duplicate + "/merge", Map.of("intoTopicId", target)));

    Map<String, Object> merged = api.get(a, "/api/v1/topics/" + target);
    assertThat(merged.get("topic")).asString().contains("lastPostNumber=4");
    assertThat(merged.get("posts"))
        .asString()
        .containsSubsequence("Svar i originalen", "Hvordan gjør dere", "Svar i duplikatet");
    assertThat(api.get(a, "/api/v1/topics/" + duplicate).get("topic"))
        .asString()
        .contains("mergedIntoId=" + target);
  }

  @Test
  void unansweredQuestionsAreOfferedToMentoringWithTheirSystems() {
    TestMember asker = api.veteran();
    Map<String, Object> r = api.topicRequest("QUESTION", ForumApi.unique("Ubesvart"), "Hjelp?");
    r.put("systemIds", List.of(systemId("gerica")));
    long topic = api.createTopic(asker, r);

    List<UnansweredQuestion> open = questions.unanswered(Instant.now().plusSeconds(60), 500);

    assertThat(open)
        .filteredOn(q -> q.topicId() == topic)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.askerId()).isEqualTo(asker.id());
              assertThat(q.systemCodes()).containsExactly("gerica");
            });
    api.reply(api.veteran(), topic, "Her er et svar");
    assertThat(questions.unanswered(Instant.now().plusSeconds(60), 500))
        .noneMatch(q -> q.topicId() == topic);
  }

  @Test
  void aReplyIsAnnouncedWithItsTopicAndAuthors() {
    TestMember asker = api.veteran();
    TestMember helper = api.veteran();
    long topic = api.question(asker, ForumApi.unique("Hendelse"));

    long post = api.replyId(helper, topic, "Svar");

    assertThat(replies.seen)
        .filteredOn(e -> e.postId() == post)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.topicAuthorId()).isEqualTo(asker.id());
              assertThat(e.authorId()).isEqualTo(helper.id());
              assertThat(e.postNumber()).isEqualTo(2);
            });
  }

  @Test
  void theProfileFacadeListsRecentContributions() {
    TestMember m = api.veteran();
    long topic = api.question(m, ForumApi.unique("Bidrag"));
    api.reply(m, topic, "Mitt **svar**");

    List<Contribution> recent = stats.recentContributions(m.id(), 5);

    assertThat(recent).hasSize(2);
    assertThat(recent.get(0).excerpt()).isEqualTo("Mitt svar");
    assertThat(stats.forMember(m.id()).replies()).isEqualTo(1);
  }

  @Test
  void coordinatorsCurateTagsAndTheChangesAreAudited() {
    TestMember coordinator = api.coordinator();
    String name = "epj-" + java.util.UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> r = api.topicRequest("DISCUSSION", ForumApi.unique("Tagger"), "x");
    r.put("tags", List.of(name, name.toUpperCase()));
    api.createTopic(api.veteran(), r);
    List<?> found =
        api.http
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/tags?q=" + name).bearerAuth(coordinator.token()),
                io.micronaut.core.type.Argument.listOf(Object.class));

    assertThat(found).hasSize(1);
    long id = ((Number) ((Map<?, ?>) found.get(0)).get("id")).longValue();
    api.send(coordinator, HttpRequest.PUT("/api/v1/tags/" + id, Map.of("name", name + "-ny")));
    assertThat(api.items(coordinator, "/api/v1/topics?tag=" + name + "-ny")).hasSize(1);
  }

  private long count(String slug) {
    return ((Number) api.get(api.veteran(), "/api/v1/categories/" + slug).get("topicCount"))
        .longValue();
  }

  private int status(TestMember m, String path) {
    try {
      return api.send(m, HttpRequest.GET(path)).code();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }

  private List<String> auditActions(long topic) {
    try (var c =
            io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                    dataSource)
                .getConnection();
        var ps =
            c.prepareStatement(
                "SELECT action FROM audit_log WHERE target_type = 'post' AND target_id ="
                    + " (SELECT id FROM forum_posts WHERE topic_id = ? AND post_number = 1) ORDER BY id")) {
      ps.setLong(1, topic);
      try (var rs = ps.executeQuery()) {
        List<String> out = new java.util.ArrayList<>();
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
