package no.helsebro.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.helsebro.testing.SecondNode;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Live delivery by server-sent events: a page connected to node B hears of a reply posted through
 * node A within two seconds; a reconnect with Last-Event-ID gets what it missed, once; a stream
 * needs a genuine, fresh ticket.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveStreamTest {

  @Inject NotificationsApi api;
  @Inject EmbeddedServer server;
  SecondNode nodeB;
  final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  void startNodeB() {
    nodeB = SecondNode.start();
  }

  @AfterAll
  void stopNodeB() {
    nodeB.close();
  }

  private String ticket(TestMember m) {
    return (String)
        api.http
            .toBlocking()
            .retrieve(
                HttpRequest.POST("/api/v1/notifications/stream-tickets", Map.of())
                    .bearerAuth(m.token()),
                NotificationsApi.MAP)
            .get("ticket");
  }

  /** Opens a stream on the given node; lines arrive in the queue. */
  private BlockingQueue<String> open(URI base, String ticket, String lastEventId) throws Exception {
    var request =
        java.net.http.HttpRequest.newBuilder(
                base.resolve("/api/v1/notifications/stream?ticket=" + ticket))
            .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<Stream<String>> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    assertThat(response.statusCode()).isEqualTo(200);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> response.body().forEach(lines::add));
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private static String next(BlockingQueue<String> lines, String prefix, Duration within)
      throws InterruptedException {
    return next(lines, prefix, "", within);
  }

  /** The next line that starts with prefix and contains text, or null after {@code within}. */
  private static String next(
      BlockingQueue<String> lines, String prefix, String text, Duration within)
      throws InterruptedException {
    long until = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < until) {
      String line = lines.poll(50, TimeUnit.MILLISECONDS);
      if (line != null && line.startsWith(prefix) && line.contains(text)) {
        return line;
      }
    }
    return null;
  }

  private URI nodeBUri() {
    return URI.create(nodeB.context().getBean(EmbeddedServer.class).getURL().toString());
  }

  @Test
  void aReplyPostedThroughNodeAReachesAPageConnectedToNodeBWithinTwoSeconds() throws Exception {
    TestMember asker = api.veteran();
    String title = NotificationsApi.unique("Direkte");
    long topic = api.question(asker, title);
    BlockingQueue<String> lines = open(nodeBUri(), ticket(asker), null);

    api.reply(api.veteran(), topic, "Svar via node A.");

    String data = next(lines, "data:", "REPLY_TO_MY_TOPIC", Duration.ofSeconds(2));
    assertThat(data).isNotNull().contains(title);
  }

  @Test
  void aReconnectWithTheLastEventIdGetsWhatItMissedOnce() throws Exception {
    TestMember asker = api.veteran();
    long topic = api.question(asker, NotificationsApi.unique("Gjenoppkobling"));
    api.reply(api.veteran(), topic, "Første.");
    NotificationsApi.eventually(() -> api.unread(asker) == 1);
    long firstId = ((Number) api.notifications(asker).get(0).get("id")).longValue();
    api.reply(api.veteran(), topic, "Andre, mens siden var borte.");
    NotificationsApi.eventually(() -> api.unread(asker) == 2);

    BlockingQueue<String> lines = open(server.getURI(), ticket(asker), Long.toString(firstId));

    String id = next(lines, "id:", Duration.ofSeconds(2));
    assertThat(id).isNotNull().isNotEqualTo("id:" + firstId);
    assertThat(next(lines, "id:", Duration.ofMillis(500))).isNull();
  }

  @Test
  void aStreamWithAForgedOrMissingTicketIsRefused() throws Exception {
    TestMember asker = api.veteran();
    String forged = ticket(asker).replaceFirst("^[0-9]+", Long.toString(asker.id() + 1));
    for (String t : new String[] {forged, "nonsense"}) {
      var response =
          client.send(
              java.net.http.HttpRequest.newBuilder(
                      server.getURI().resolve("/api/v1/notifications/stream?ticket=" + t))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(401);
    }
  }
}
