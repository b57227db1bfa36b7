package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.helsebro.testing.FeedProbe;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/**
 * The key is recorded by the creating transaction's last statement (docs/adr/0203): a retry that
 * would now be refused (the topic was locked since) or that races the first request still gets what
 * the first one created, and nothing of the retry stays behind, on the feed either.
 */
@MicronautTest(transactional = false)
class IdempotentRetryTest {

  @Inject ForumApi api;
  @Inject FeedProbe feed;

  @Test
  void aRetryAfterTheTopicWasLockedGetsTheReplyItPostedBefore() {
    TestMember m = api.veteran();
    long topic = api.question(api.veteran(), ForumApi.unique("Låst etterpå"));
    String key = UUID.randomUUID().toString();
    HttpResponse<Map<String, Object>> first = post(m, topic, key);
    api.send(api.coordinator(), HttpRequest.POST("/api/v1/topics/" + topic + "/lock", Map.of()));

    HttpResponse<Map<String, Object>> retry = post(m, topic, key);

    assertThat(retry.code()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
  }

  @Test
  void repliesRacingWithOneKeyPostOnceAndPublishOnce() throws Exception {
    TestMember m = api.veteran();
    long topic = api.question(api.veteran(), ForumApi.unique("Samtidige svar"));
    String key = UUID.randomUUID().toString();
    long mark = feed.mark();
    int n = 6;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<String> locations = new ArrayList<>();
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return post(m, topic, key).header("Location");
                }));
      }
      start.countDown();
      for (Future<String> f : results) {
        locations.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(locations).hasSize(n).containsOnly(locations.get(0));
    assertThat(feed.since(mark, ReplyPosted.class))
        .filteredOn(e -> e.topicId() == topic)
        .hasSize(1);
    assertThat(api.get(m, "/api/v1/topics/" + topic).get("posts").toString())
        .containsOnlyOnce("Samme svar");
  }

  private HttpResponse<Map<String, Object>> post(TestMember m, long topic, String key) {
    return api.send(
        m,
        HttpRequest.POST("/api/v1/topics/" + topic + "/posts", Map.of("body", "Samme svar"))
            .header("Idempotency-Key", key));
  }
}
