package no.helsebro.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.changes.ChangeFeedTailer;

/**
 * A second Helsebro node for tests: its own application context and HTTP server on the same test
 * database, as a second instance behind a load balancer would be. Its caches and change feed tailer
 * are its own.
 */
public final class SecondNode implements AutoCloseable {

  private final EmbeddedServer server;
  private final HttpClient client;

  private SecondNode(EmbeddedServer server) {
    this.server = server;
    this.client = HttpClient.create(server.getURL());
  }

  /** Starts a node and waits until its tailer has caught up with the feed. */
  public static SecondNode start() {
    return start(Map.of());
  }

  public static SecondNode start(Map<String, Object> properties) {
    EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
    SecondNode node = new SecondNode(server);
    node.catchUp();
    return node;
  }

  public BlockingHttpClient http() {
    return client.toBlocking();
  }

  public ApplicationContext context() {
    return server.getApplicationContext();
  }

  /** Waits (at most 10 s) until this node has handled every event written so far. */
  public void catchUp() {
    long head = context().getBean(ChangeFeed.class).head();
    if (!context().getBean(ChangeFeedTailer.class).awaitPosition(head, Duration.ofSeconds(10))) {
      throw new AssertionError("the second node did not catch up with the change feed");
    }
  }

  /**
   * How long {@code condition} took to become true, polling every 10 ms; fails after {@code max}.
   */
  public static Duration within(Duration max, BooleanSupplier condition) {
    long start = System.nanoTime();
    long deadline = start + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + max.toMillis() + " ms");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Override
  public void close() {
    client.close();
    server.getApplicationContext().close();
  }
}
