package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import no.helsebro.accounts.MemberDeleted;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

// A random port: other test runs on this machine may hold 8080.
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class ForumMemberDataTest {

  @Inject ForumApi api;
  @Inject ForumMemberData data;
  @Inject ApplicationEventPublisher<MemberDeleted> events;
  @Inject TransactionOperations<Connection> transactions;

  @Test
  void theExportHoldsTheMembersPostsDraftsAndBookmarks() {
    TestMember m = api.veteran();
    long topic = api.question(m, ForumApi.unique("Eksport"));
    api.send(m, HttpRequest.PUT("/api/v1/topics/" + topic + "/bookmark", Map.of()));
    api.send(m, HttpRequest.PUT("/api/v1/drafts/reply-9", Map.of("payload", "{\"body\":\"x\"}")));

    ForumMemberData.ForumExport export = (ForumMemberData.ForumExport) data.personalData(m.id());

    assertThat(export.posts())
        .extracting(ForumMemberData.ExportedPost::topicId)
        .containsExactly(topic);
    assertThat(export.drafts())
        .extracting(ForumMemberData.ExportedDraft::key)
        .containsExactly("reply-9");
    assertThat(export.bookmarkedTopicIds()).containsExactly(topic);
    assertThat(export.followedTopicIds()).containsExactly(topic);
  }

  @Test
  void deletingTheAccountRemovesPrivateForumDataButKeepsPosts() {
    TestMember m = api.veteran();
    long topic = api.question(m, ForumApi.unique("Slettes"));
    api.send(m, HttpRequest.PUT("/api/v1/drafts/new-question", Map.of("payload", "{}")));

    transactions.executeWrite(
        status -> {
          events.publishEvent(new MemberDeleted(m.id()));
          return null;
        });

    ForumMemberData.ForumExport export = (ForumMemberData.ForumExport) data.personalData(m.id());
    assertThat(export.drafts()).isEmpty();
    assertThat(export.followedTopicIds()).isEmpty();
    assertThat(export.posts()).hasSize(1);
    assertThat(api.get(api.veteran(), "/api/v1/topics/" + topic)).isNotNull();
  }

  @Test
  void myQuestionsAreThoseAboutTheSystemsOnMyProfile() {
    TestMember me = api.veteran();
    api.sql(
        "INSERT INTO member_profile_terms (member_id, relation, term_id)"
            + " SELECT ?, 'SYSTEM_USED', id FROM taxonomy_terms WHERE kind = 'SYSTEM' AND code = 'cosdoc'",
        me.id());
    Map<String, Object> mine =
        api.topicRequest("QUESTION", ForumApi.unique("CosDoc-spørsmål"), "Hjelp");
    mine.put("systemIds", List.of(termId("cosdoc")));
    long about = api.createTopic(api.veteran(), mine);
    long other = api.question(api.veteran(), ForumApi.unique("Annet system"));

    List<Map<String, Object>> list =
        api.items(me, "/api/v1/topics?kind=question&mySystems=true&sort=newest&size=100");

    assertThat(list)
        .extracting(x -> ((Number) x.get("id")).longValue())
        .contains(about)
        .doesNotContain(other);
  }

  private long termId(String code) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> systems =
        (List<Map<String, Object>>)
            api.get(api.veteran(), "/api/v1/topic-vocabularies").get("systems");
    return systems.stream()
        .filter(s -> code.equals(s.get("code")))
        .map(s -> ((Number) s.get("id")).longValue())
        .findFirst()
        .orElseThrow();
  }
}
