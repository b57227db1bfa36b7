package no.helsebro.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/**
 * The index keeps following the change feed whatever happens to its thread or its files
 * (docs/adr/0451): an interrupt of the indexing thread is ignored, and a writer that can no longer
 * write (the index lock's channel closed by an interrupted write, as seen in the end-to-end runs)
 * is replaced by a new one and the index rebuilt, without a restart.
 */
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class SearchIndexRecoveryTest {

  private static final Argument<Map<String, Object>> MAP =
      Argument.mapOf(String.class, Object.class);

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;
  @Inject SearchIndex index;

  @Test
  void anInterruptOfTheIndexingThreadDoesNotStopIt() throws Exception {
    TestMember author = members.advisor();
    String before = word();
    topic(author, "Journalen " + before + " henger");
    assertFound(author, before, 1, 5_000);

    Thread indexer = index.indexingThread();
    assertThat(indexer).isNotNull();
    indexer.interrupt();
    Thread.sleep(300);

    String after = word();
    topic(author, "Journalen " + after + " henger igjen");
    assertFound(author, after, 1, 5_000);
    assertThat(indexer.isAlive()).isTrue();
  }

  @Test
  void aWriterWhoseIndexLockWasClosedIsReplacedAndTheIndexRebuilt() throws Exception {
    TestMember author = members.advisor();
    String before = word();
    topic(author, "Trygghetsalarmen " + before + " piper");
    assertFound(author, before, 1, 5_000);

    // A write by an interrupted thread: the JDK closes the channel it was using, here the channel
    // that holds the index lock, and every later write of this writer fails.
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread breaker =
        new Thread(
            () -> {
              Thread.currentThread().interrupt();
              try {
                index.engine().commit(index.indexedPosition());
              } catch (Throwable t) {
                thrown.set(t);
              }
            });
    breaker.start();
    breaker.join();
    assertThat(thrown.get()).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> index.engine().commit(index.indexedPosition()))
        .isInstanceOf(RuntimeException.class);

    String after = word();
    topic(author, "Trygghetsalarmen " + after + " piper igjen");
    assertFound(author, after, 1, 20_000);
    // What was indexed before the failure is found again after the rebuild.
    assertFound(author, before, 1, 5_000);
    index.engine().commit(index.indexedPosition());
  }

  private static String word() {
    return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  private void assertFound(TestMember m, String q, int count, long withinMillis)
      throws InterruptedException {
    long deadline = System.nanoTime() + withinMillis * 1_000_000;
    int total = total(m, q);
    while (total != count && System.nanoTime() < deadline) {
      Thread.sleep(100);
      total = total(m, q);
    }
    assertThat(total).as("topics found for %s", q).isEqualTo(count);
  }

  private int total(TestMember m, String q) {
    Map<String, Object> results =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(UriBuilder.of("/api/v1/search").queryParam("q", q).toString())
                    .bearerAuth(m.token()),
                MAP);
    return ((Number) results.get("total")).intValue();
  }

  private void topic(TestMember m, String title) {
    Map<String, Object> r = new HashMap<>();
    r.put("kind", "QUESTION");
    r.put("title", title);
    r.put("body", "Hva gjør vi?");
    r.put(
        "categoryId",
        ((Number)
                http.toBlocking()
                    .retrieve(
                        HttpRequest.GET("/api/v1/categories/patient-records").bearerAuth(m.token()),
                        MAP)
                    .get("id"))
            .longValue());
    http.toBlocking()
        .retrieve(
            HttpRequest.POST("/api/v1/topics", r)
                .bearerAuth(m.token())
                .header("Idempotency-Key", UUID.randomUUID().toString()),
            MAP);
  }
}
