package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/**
 * One rule for "answered" (docs/adr/0406): a question is answered by a visible reply from someone
 * other than its asker, in every list that shows unanswered questions and for the question-routing
 * ladder ({@link ForumQuestions#unanswered}).
 */
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class UnansweredQuestionsTest {

  private static final String UNANSWERED_LIST =
      "/api/v1/topics?kind=question&unanswered=true&sort=newest&size=100";

  @Inject ForumApi api;
  @Inject ForumQuestions questions;

  private boolean unanswered(long topic) {
    boolean forRouting =
        questions.unanswered(Instant.now().plusSeconds(1), 500).stream()
            .anyMatch(q -> q.topicId() == topic);
    boolean listed =
        api.items(api.veteran(), UNANSWERED_LIST).stream()
            .anyMatch(x -> ((Number) x.get("id")).longValue() == topic);
    assertThat(listed).as("the unanswered list agrees with routing").isEqualTo(forRouting);
    return listed;
  }

  @Test
  void aQuestionWhoseOnlyRepliesAreTheAskersOwnIsStillUnanswered() {
    TestMember asker = api.veteran();
    long topic = api.question(asker, ForumApi.unique("Bare egne svar"));

    api.reply(asker, topic, "Jeg har prøvd å starte på nytt, det hjalp ikke.");
    api.reply(asker, topic, "Fortsatt samme feil i dag.");

    assertThat(unanswered(topic)).isTrue();
  }

  @Test
  void aReplyFromSomeoneElseAnswersTheQuestion() {
    TestMember asker = api.veteran();
    long topic = api.question(asker, ForumApi.unique("Svar fra en annen"));
    api.reply(asker, topic, "Mer om oppsettet vårt.");

    api.reply(api.veteran(), topic, "Sjekk skriverkøen først.");

    assertThat(unanswered(topic)).isFalse();
  }

  @Test
  void aQuestionIsUnansweredAgainWhenItsOnlyAnswerIsDeletedOrHiddenAndAnsweredWhenRestored() {
    TestMember asker = api.veteran();
    TestMember helper = api.veteran();
    TestMember coordinator = api.coordinator();
    long topic = api.question(asker, ForumApi.unique("Svaret forsvant"));
    api.reply(asker, topic, "Et tillegg fra meg.");
    long answer = api.replyId(helper, topic, "Et svar som trekkes tilbake.");

    api.send(helper, HttpRequest.DELETE("/api/v1/posts/" + answer));
    assertThat(unanswered(topic)).as("after the answer was deleted").isTrue();

    api.send(coordinator, HttpRequest.POST("/api/v1/posts/" + answer + "/restore", Map.of()));
    assertThat(unanswered(topic)).as("after the answer was restored").isFalse();

    api.send(
        coordinator,
        HttpRequest.POST("/api/v1/posts/" + answer + "/hide", Map.of("reason", "Reklame")));
    assertThat(unanswered(topic)).as("after the answer was hidden").isTrue();
  }

  @Test
  void mergingCountsTheMovedRepliesByTheRuleOfTheTargetsAsker() {
    TestMember asker = api.veteran();
    TestMember helper = api.veteran();
    long target = api.question(asker, ForumApi.unique("Målet for sammenslåing"));
    long ownDuplicate = api.question(asker, ForumApi.unique("Eget duplikat"));
    api.reply(asker, ownDuplicate, "Samme spørsmål, bare fra meg.");

    api.send(
        api.coordinator(),
        HttpRequest.POST(
            "/api/v1/topics/" + ownDuplicate + "/merge", Map.of("intoTopicId", target)));
    assertThat(unanswered(target)).as("only the asker's own posts were moved in").isTrue();

    long answeredDuplicate = api.question(asker, ForumApi.unique("Besvart duplikat"));
    api.reply(helper, answeredDuplicate, "Svaret står her.");
    api.send(
        api.coordinator(),
        HttpRequest.POST(
            "/api/v1/topics/" + answeredDuplicate + "/merge", Map.of("intoTopicId", target)));
    assertThat(unanswered(target)).as("someone else's answer was moved in").isFalse();
  }
}
