package no.helsebro.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/** Flags, the auto-hide threshold (trusted flaggers only) and the review queue's decisions. */
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class FlagsAndQueueTest {

  @Inject ModerationApi api;

  @Test
  void aMemberFlagsSomeoneElsesPostOnceWithAReason() {
    TestMember author = api.veteran();
    long post = api.flaggableReply(author)[1];
    TestMember flagger = api.newcomer();

    var created =
        api.send(
            flagger,
            HttpRequest.POST(
                "/api/v1/posts/" + post + "/flags",
                Map.of("reason", "PATIENT_DATA", "note", "  Fødselsnummer i bildet  ")));
    assertThat(created.code()).isEqualTo(201);
    assertThat(created.body()).containsEntry("reason", "PATIENT_DATA");
    assertThat(created.body()).containsEntry("postHidden", false);
    assertThat(
            api.rows(
                "SELECT reason, note, trusted FROM moderation_flags WHERE post_id = ? AND flagger_id = ?",
                post,
                flagger.id()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("note")).isEqualTo("Fødselsnummer i bildet");
              assertThat(r.get("trusted")).isEqualTo(false);
            });

    var again =
        api.refusal(
            flagger,
            HttpRequest.POST("/api/v1/posts/" + post + "/flags", Map.of("reason", "SPAM")));
    assertThat(again.getStatus().getCode()).isEqualTo(409);
    assertThat(ModerationApi.problem(again)).containsEntry("code", "already-flagged");

    var own =
        api.refusal(
            author, HttpRequest.POST("/api/v1/posts/" + post + "/flags", Map.of("reason", "SPAM")));
    assertThat(own.getStatus().getCode()).isEqualTo(403);
    assertThat(ModerationApi.problem(own)).containsEntry("code", "own-post");

    var unknown =
        api.refusal(
            flagger, HttpRequest.POST("/api/v1/posts/999999999/flags", Map.of("reason", "SPAM")));
    assertThat(unknown.getStatus().getCode()).isEqualTo(404);
  }

  @Test
  void badFlagsAreRefusedNamingTheFieldAndWriteNothing() {
    long post = api.flaggableReply(api.veteran())[1];
    TestMember flagger = api.newcomer();
    var noReason =
        api.refusal(
            flagger, HttpRequest.POST("/api/v1/posts/" + post + "/flags", Map.of("note", "x")));
    assertThat(noReason.getStatus().getCode()).isEqualTo(400);
    assertThat(noReason.getResponse().getBody(String.class).orElse("")).contains("reason");
    var wrongReason =
        api.refusal(
            flagger,
            HttpRequest.POST("/api/v1/posts/" + post + "/flags", Map.of("reason", "BORING")));
    assertThat(wrongReason.getStatus().getCode()).isEqualTo(400);
    var longNote =
        api.refusal(
            flagger,
            HttpRequest.POST(
                "/api/v1/posts/" + post + "/flags",
                Map.of("reason", "OTHER", "note", "x".repeat(501))));
    assertThat(longNote.getStatus().getCode()).isEqualTo(400);
    assertThat(longNote.getResponse().getBody(String.class).orElse("")).contains("note");
    assertThat(api.rows("SELECT id FROM moderation_flags WHERE post_id = ?", post)).isEmpty();
  }

  @Test
  void onlyTrustedFlaggersCountTowardsHidingAndTheSystemAuditsTheHiding() {
    TestMember author = api.veteran();
    long[] tp = api.flaggableReply(author);
    long topic = tp[0];
    long post = tp[1];
    TestMember reader = api.veteran();

    // Three new members: flags are kept, but the post stays visible.
    for (int i = 0; i < 3; i++) {
      assertThat(api.flag(api.newcomer(), post, "SPAM").body()).containsEntry("postHidden", false);
    }
    assertThat(api.postOnPage(reader, topic, post)).containsEntry("hidden", false);

    // Two trusted members: still below the default threshold of 3.
    api.flag(api.veteran(), post, "OFFENSIVE");
    assertThat(api.flag(api.veteran(), post, "SPAM").body()).containsEntry("postHidden", false);
    assertThat(api.postOnPage(reader, topic, post)).containsEntry("hidden", false);

    // A new member with an accepted answer is trusted: the third trusted flag hides the post.
    TestMember helper = api.newcomer();
    long question = api.topic(api.veteran(), "QUESTION", ModerationApi.unique("Spørsmål"));
    long answer = api.reply(helper, question, "Slik gjør du det");
    TestMember asker = asker(question);
    api.send(
        asker,
        HttpRequest.PUT(
            "/api/v1/topics/" + question + "/accepted-answer", Map.of("postId", answer)));
    assertThat(api.flag(helper, post, "SPAM").body()).containsEntry("postHidden", true);

    Map<String, Object> seenByReader = api.postOnPage(reader, topic, post);
    assertThat(seenByReader).containsEntry("hidden", true);
    assertThat((String) seenByReader.get("bodyHtml")).doesNotContain("kan flagges");
    Map<String, Object> seenByAuthor = api.postOnPage(author, topic, post);
    assertThat(seenByAuthor).containsEntry("hidden", true);
    assertThat((String) seenByAuthor.get("bodyHtml")).contains("kan flagges");
    Map<String, Object> seenByCoordinator = api.postOnPage(api.coordinator(), topic, post);
    assertThat(seenByCoordinator).containsEntry("hidden", true);
    assertThat((String) seenByCoordinator.get("bodyHtml")).contains("kan flagges");

    List<Map<String, Object>> audit =
        api.rows(
            "SELECT actor_id, actor_name, details FROM audit_log"
                + " WHERE action = 'post.auto-hidden' AND target_type = 'post' AND target_id = ?",
            post);
    assertThat(audit)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("actor_id")).isNull();
              assertThat(r.get("actor_name")).isEqualTo("system");
              assertThat((String) r.get("details"))
                  .contains("\"trustedFlags\":3")
                  .contains("\"openFlags\":6");
            });

    // Members no longer see the post, so they cannot flag it; a coordinator's further flag
    // changes nothing and writes no second entry.
    assertThat(
            api.refusal(
                    api.veteran(),
                    HttpRequest.POST("/api/v1/posts/" + post + "/flags", Map.of("reason", "SPAM")))
                .getStatus()
                .getCode())
        .isEqualTo(404);
    api.flag(api.coordinator(), post, "SPAM");
    assertThat(
            api.rows(
                "SELECT id FROM audit_log WHERE action = 'post.auto-hidden' AND target_id = ?",
                post))
        .hasSize(1);
  }

  @Test
  void concurrentTrustedFlagsStillReachTheThreshold() throws Exception {
    long[] tp = api.flaggableReply(api.veteran());
    long post = tp[1];
    // Exactly the threshold (3) at once: each flag reads the post before its own insert, so all
    // see it visible; a fourth could come after the hiding and rightly get 404 (hidden post).
    List<TestMember> flaggers = List.of(api.veteran(), api.veteran(), api.veteran());
    ExecutorService pool = Executors.newFixedThreadPool(flaggers.size());
    try {
      List<Callable<Integer>> calls =
          flaggers.stream()
              .map(m -> (Callable<Integer>) () -> api.flag(m, post, "SPAM").code())
              .toList();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        assertThat(f.get()).isEqualTo(201);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(api.rows("SELECT hidden FROM forum_posts WHERE id = ?", post).get(0).get("hidden"))
        .isEqualTo(true);
    assertThat(
            api.rows(
                "SELECT id FROM audit_log WHERE action = 'post.auto-hidden' AND target_id = ?",
                post))
        .hasSize(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theQueueListsFlaggedPostsOldestFirstWithReasonsAndCounts() {
    long first = api.flaggableReply(api.veteran())[1];
    long second = api.flaggableReply(api.veteran())[1];
    api.flag(api.newcomer(), second, "OFF_TOPIC");
    api.flag(api.newcomer(), first, "SPAM");
    api.flag(api.veteran(), first, "SPAM");
    api.flag(api.veteran(), first, "OTHER");
    // Make `second` the older case without waiting.
    api.sql(
        "UPDATE moderation_cases SET open_since = open_since - INTERVAL 1 HOUR WHERE post_id = ?",
        second);

    TestMember coordinator = api.coordinator();
    List<Map<String, Object>> items = queue(coordinator);
    List<Long> ids = items.stream().map(i -> ((Number) i.get("postId")).longValue()).toList();
    assertThat(ids).contains(first, second);
    assertThat(ids.indexOf(second)).isLessThan(ids.indexOf(first));
    Map<String, Object> item = items.get(ids.indexOf(first));
    assertThat(item)
        .containsEntry("flagCount", 3)
        .containsEntry("trustedFlagCount", 2)
        .containsEntry("hidden", false);
    assertThat((String) item.get("excerpt")).contains("kan flagges");
    assertThat((List<Map<String, Object>>) item.get("reasons"))
        .containsExactly(
            Map.of("reason", "SPAM", "count", 2), Map.of("reason", "OTHER", "count", 1));
    assertThat((List<?>) item.get("flags")).hasSize(3);
  }

  @Test
  void restoringFromTheQueueUnhidesDismissesTheFlagsAndAuditsBoth() {
    long[] tp = api.flaggableReply(api.veteran());
    long post = tp[1];
    for (int i = 0; i < 3; i++) {
      api.flag(api.veteran(), post, "OFFENSIVE");
    }
    assertThat(api.rows("SELECT hidden FROM forum_posts WHERE id = ?", post).get(0).get("hidden"))
        .isEqualTo(true);

    TestMember coordinator = api.coordinator();
    var decided =
        api.send(
            coordinator,
            HttpRequest.POST(
                "/api/v1/moderation/queue/" + post + "/restore", Map.of("reason", "Saklig nok")));
    assertThat(decided.body()).containsEntry("hidden", false).containsEntry("resolvedFlags", 3);
    assertThat(api.rows("SELECT hidden FROM forum_posts WHERE id = ?", post).get(0).get("hidden"))
        .isEqualTo(false);
    assertThat(api.rows("SELECT id FROM moderation_flags WHERE post_id = ? AND is_open", post))
        .isEmpty();
    assertThat(api.rows("SELECT resolution FROM moderation_flags WHERE post_id = ?", post))
        .allSatisfy(r -> assertThat(r.get("resolution")).isEqualTo("DISMISSED"));
    assertThat(queueIds(coordinator)).doesNotContain(post);
    assertThat(actions(post))
        .containsExactly("post.auto-hidden", "post.restored", "flags.dismissed");
    assertThat(
            api.rows(
                "SELECT actor_id, reason FROM audit_log WHERE action = 'flags.dismissed' AND target_id = ?",
                post))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(((Number) r.get("actor_id")).longValue()).isEqualTo(coordinator.id());
              assertThat(r.get("reason")).isEqualTo("Saklig nok");
            });

    // Decided: a second decision is refused and writes nothing.
    var twice =
        api.refusal(
            coordinator, HttpRequest.POST("/api/v1/moderation/queue/" + post + "/hide", Map.of()));
    assertThat(twice.getStatus().getCode()).isEqualTo(409);
    assertThat(ModerationApi.problem(twice)).containsEntry("code", "not-in-queue");
    assertThat(actions(post)).hasSize(3);

    // The same members may flag again; the old flags no longer count.
    api.flag(api.veteran(), post, "SPAM");
    assertThat(queueIds(coordinator)).contains(post);
    assertThat(api.rows("SELECT hidden FROM forum_posts WHERE id = ?", post).get(0).get("hidden"))
        .isEqualTo(false);
  }

  @Test
  void restoringFromTheTopicPageAlsoDismissesTheFlags() {
    long post = api.flaggableReply(api.veteran())[1];
    for (int i = 0; i < 3; i++) {
      api.flag(api.veteran(), post, "OFF_TOPIC");
    }
    TestMember coordinator = api.coordinator();
    assertThat(queueIds(coordinator)).contains(post);

    var restored =
        api.send(
            coordinator,
            HttpRequest.POST("/api/v1/posts/" + post + "/restore", Map.of("reason", "Greit nok")));
    assertThat(restored.code()).isLessThan(300);
    assertThat(api.rows("SELECT hidden FROM forum_posts WHERE id = ?", post).get(0).get("hidden"))
        .isEqualTo(false);
    assertThat(api.rows("SELECT id FROM moderation_flags WHERE post_id = ? AND is_open", post))
        .isEmpty();
    assertThat(queueIds(coordinator)).doesNotContain(post);
    assertThat(actions(post))
        .containsExactly("post.auto-hidden", "post.restored", "flags.dismissed");

    // One more trusted flag starts a new case; it does not hide the post again on its own.
    api.flag(api.veteran(), post, "SPAM");
    assertThat(api.rows("SELECT hidden FROM forum_posts WHERE id = ?", post).get(0).get("hidden"))
        .isEqualTo(false);
    assertThat(queueIds(coordinator)).contains(post);
  }

  @Test
  void hidingFromTheQueueUpholdsTheFlags() {
    long post = api.flaggableReply(api.veteran())[1];
    api.flag(api.newcomer(), post, "SPAM");
    TestMember coordinator = api.coordinator();
    var decided =
        api.send(
            coordinator,
            HttpRequest.POST(
                "/api/v1/moderation/queue/" + post + "/hide", Map.of("reason", "Reklame")));
    assertThat(decided.body()).containsEntry("hidden", true).containsEntry("resolvedFlags", 1);
    assertThat(api.rows("SELECT hidden, hidden_reason FROM forum_posts WHERE id = ?", post).get(0))
        .containsEntry("hidden", true)
        .containsEntry("hidden_reason", "Reklame");
    assertThat(api.rows("SELECT resolution FROM moderation_flags WHERE post_id = ?", post).get(0))
        .containsEntry("resolution", "UPHELD");
    assertThat(actions(post)).containsExactly("post.hidden", "flags.upheld");
    assertThat(queueIds(coordinator)).doesNotContain(post);
  }

  @Test
  void aDecisionOnAPostThatIsNotInTheQueueIsRefused() {
    long post = api.flaggableReply(api.veteran())[1];
    var r =
        api.refusal(
            api.coordinator(),
            HttpRequest.POST("/api/v1/moderation/queue/" + post + "/restore", Map.of()));
    assertThat(r.getStatus().getCode()).isEqualTo(409);
    assertThat(actions(post)).isEmpty();
  }

  private TestMember asker(long question) {
    // The asker of api.topic(...) is a fresh veteran we did not keep: act as a coordinator, who
    // may accept an answer on any question.
    return api.coordinator();
  }

  private List<String> actions(long post) {
    return api
        .rows(
            "SELECT action FROM audit_log WHERE target_type = 'post' AND target_id = ? ORDER BY id",
            post)
        .stream()
        .map(r -> (String) r.get("action"))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> queue(TestMember coordinator) {
    List<Map<String, Object>> all = new java.util.ArrayList<>();
    for (int page = 0; ; page++) {
      Map<String, Object> p =
          api.get(coordinator, "/api/v1/moderation/queue?size=100&page=" + page);
      List<Map<String, Object>> items = (List<Map<String, Object>>) p.get("items");
      all.addAll(items);
      if (items.size() < 100) {
        return all;
      }
    }
  }

  private List<Long> queueIds(TestMember coordinator) {
    return queue(coordinator).stream().map(i -> ((Number) i.get("postId")).longValue()).toList();
  }
}
