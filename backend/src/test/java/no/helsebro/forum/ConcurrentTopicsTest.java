package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/**
 * Topics started at the same moment in one category: each insert's foreign key check share-locks
 * the category row and each then raises the category's topic count; without the row taken for
 * update first, two such transactions deadlock and one answers 500.
 */
@MicronautTest(transactional = false)
class ConcurrentTopicsTest {

  @Inject ForumApi api;

  @Test
  void topicsStartedAtTheSameMomentInOneCategoryAreAllCreated() throws Exception {
    int n = 8;
    List<TestMember> authors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      authors.add(api.veteran());
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Integer> codes = new ArrayList<>();
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (TestMember author : authors) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.send(
                          author,
                          HttpRequest.POST(
                                  "/api/v1/topics",
                                  api.topicRequest(
                                      "DISCUSSION", ForumApi.unique("Samtidig emne"), "Hei"))
                              .header("Idempotency-Key", UUID.randomUUID().toString()))
                      .code();
                }));
      }
      start.countDown();
      for (Future<Integer> f : results) {
        codes.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(codes).hasSize(n).containsOnly(201);
  }
}
