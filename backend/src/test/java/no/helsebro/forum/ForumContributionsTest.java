package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ForumContributionsTest {

  @Inject ForumApi api;

  @Test
  @SuppressWarnings("unchecked")
  void aMemberPageListsTheMembersForumPostsAndTotals() {
    TestMember author = api.veteran();
    TestMember reader = api.veteran();
    String title = ForumApi.unique("Gerica og arbeidslister");
    long topic = api.question(author, title);
    long other = api.question(reader, ForumApi.unique("Et annet spørsmål"));
    long reply = api.replyId(author, other, "Prøv å skrive ut fra nettleseren.");
    api.send(
        reader,
        HttpRequest.PUT("/api/v1/topics/" + other + "/accepted-answer", Map.of("postId", reply)));

    Map<String, Object> page = api.get(reader, "/api/v1/members/" + author.id());

    List<Map<String, Object>> contributions = (List<Map<String, Object>>) page.get("contributions");
    assertThat(contributions)
        .extracting(c -> c.get("kind"), c -> c.get("path"))
        .contains(
            org.assertj.core.groups.Tuple.tuple("question", "/forum/t/" + topic + "?post=1"),
            org.assertj.core.groups.Tuple.tuple("accepted", "/forum/t/" + other + "?post=2"));
    Map<String, Object> totals = (Map<String, Object>) page.get("totals");
    assertThat(totals)
        .containsEntry("topics", 1)
        .containsEntry("replies", 1)
        .containsEntry("acceptedAnswers", 1);
  }
}
