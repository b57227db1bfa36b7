package no.helsebro.platform.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import no.helsebro.platform.database.JdbcQueries;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ChangeFeedTest {

  @Inject ChangeFeed feed;
  @Inject ChangeFeedTailer tailer;
  @Inject RecordingListener recorder;
  @Inject AtCommitListener atCommit;
  @Inject TransactionOperations<Connection> tx;
  @Inject JdbcQueries sql;
  @Inject ApplicationContext context;

  private final String run = UUID.randomUUID().toString();

  @Test
  void eventsOfCommittedTransactionsReachTheListenerInOrderAndOnce() {
    for (int i = 1; i <= 20; i++) {
      int n = i;
      tx.executeWrite(
          status -> {
            feed.publish(new TestChanged(run, n));
            return null;
          });
    }

    awaitTrue(() -> recorder.numbers(run).size() == 20);
    sleep(300);
    assertThat(recorder.numbers(run)).containsExactlyElementsOf(range(1, 20));
  }

  @Test
  void eventsOfOneTransactionAreWrittenWithItInTheOrderPublished() {
    tx.executeWrite(
        status -> {
          for (int i = 1; i <= 5; i++) {
            feed.publish(new TestChanged(run, i));
          }
          return null;
        });

    awaitTrue(() -> recorder.numbers(run).size() == 5);
    assertThat(recorder.numbers(run)).containsExactly(1, 2, 3, 4, 5);
    List<FeedEntry<TestChanged>> entries = recorder.entries(run);
    assertThat(entries.get(0).type()).isEqualTo("test.changed");
    assertThat(entries.get(0).origin()).isEqualTo(feed.nodeId());
  }

  @Test
  void aTransactionThatRollsBackPublishesNothing() {
    long before = feed.head();
    assertThatThrownBy(
            () ->
                tx.executeWrite(
                    status -> {
                      feed.publish(new TestChanged(run, 1));
                      throw new IllegalStateException("the change fails");
                    }))
        .isInstanceOf(IllegalStateException.class);
    tx.executeWrite(
        status -> {
          feed.publish(new TestChanged(run, 2));
          return null;
        });

    awaitTrue(() -> recorder.numbers(run).contains(2));
    sleep(300);
    assertThat(recorder.numbers(run)).containsExactly(2);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM change_feed WHERE position > ? AND payload LIKE ?",
                before,
                "%" + run + "%"))
        .isEqualTo(1);
  }

  @Test
  void anEventPublishedOutsideATransactionIsWrittenAtOnce() {
    feed.publish(new TestChanged(run, 7));
    assertThat(feed.takeLastCommittedPosition()).isPresent();
    awaitTrue(() -> recorder.numbers(run).equals(List.of(7)));
  }

  @Test
  void aListenerThatWantsItsOwnEventsAtCommitHasThemWhenTheTransactionReturns() {
    tx.executeWrite(
        status -> {
          feed.publish(new TestChanged(run, 1));
          feed.publish(new TestChanged(run, 2));
          assertThat(atCommit.numbers(run)).isEmpty();
          return null;
        });

    assertThat(atCommit.numbers(run)).containsExactly(1, 2);
  }

  @Test
  void aListenerThatWantsItsOwnEventsAtCommitGetsOtherNodesEventsFromTheTailerAndEachOnce() {
    try (ApplicationContext nodeB = ApplicationContext.run("test")) {
      AtCommitListener onB = nodeB.getBean(AtCommitListener.class);
      ChangeFeed feedB = nodeB.getBean(ChangeFeed.class);
      nodeB.getBean(ChangeFeedTailer.class).awaitPosition(feed.head(), Duration.ofSeconds(10));

      feed.publish(new TestChanged(run, 1));
      tx.executeWrite(
          status -> {
            feed.publish(new TestChanged(run, 2));
            return null;
          });
      feedB.publish(new TestChanged(run, 3));

      awaitTrue(() -> onB.numbers(run).size() == 3 && atCommit.numbers(run).size() == 3);
      sleep(300);
      assertThat(onB.numbers(run)).containsExactlyInAnyOrder(1, 2, 3);
      assertThat(atCommit.numbers(run)).containsExactlyInAnyOrder(1, 2, 3);
      assertThat(recorder.numbers(run)).containsExactly(1, 2, 3);
    }
  }

  @Test
  void theEventsOfATransactionThatJoinsAnotherAreWrittenWithItAndNotIfItRollsBack() {
    long before = feed.head();
    assertThatThrownBy(
            () ->
                tx.executeWrite(
                    outer -> {
                      feed.publish(new TestChanged(run, 1));
                      tx.executeWrite(
                          inner -> {
                            feed.publish(new TestChanged(run, 2));
                            return null;
                          });
                      throw new IllegalStateException("the outer change fails");
                    }))
        .isInstanceOf(IllegalStateException.class);
    tx.executeWrite(
        outer -> {
          feed.publish(new TestChanged(run, 3));
          tx.executeWrite(
              inner -> {
                feed.publish(new TestChanged(run, 4));
                return null;
              });
          feed.publish(new TestChanged(run, 5));
          return null;
        });

    assertThat(atCommit.numbers(run)).containsExactly(3, 4, 5);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM change_feed WHERE position > ? AND payload LIKE ?",
                before,
                "%" + run + "%"))
        .isEqualTo(3);
  }

  @Test
  void waitingForAPositionEndsWhenTheNodeHasHandledItOrAfterTheLongestWait() throws Exception {
    long head = feed.head();
    CompletableFuture<Boolean> never = tailer.reached(Long.MAX_VALUE, Duration.ofMillis(300));
    CompletableFuture<Boolean> next = tailer.reached(head + 1, Duration.ofSeconds(10));
    CompletableFuture<Boolean> past = tailer.reached(0, Duration.ofSeconds(10));

    feed.publish(new TestChanged(run, 1));

    assertThat(past).isCompletedWithValue(true);
    assertThat(next.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(tailer.position()).isGreaterThan(head);
    assertThat(never.get(10, TimeUnit.SECONDS)).isFalse();
  }

  @Test
  void everyNodeHandsEachEventToItsListenersOnce() {
    try (ApplicationContext nodeB = ApplicationContext.run("test")) {
      RecordingListener onB = nodeB.getBean(RecordingListener.class);
      ChangeFeed feedB = nodeB.getBean(ChangeFeed.class);
      assertThat(feedB.nodeId()).isNotEqualTo(feed.nodeId());
      nodeB.getBean(ChangeFeedTailer.class).awaitPosition(feed.head(), Duration.ofSeconds(10));

      for (int i = 1; i <= 10; i++) {
        int n = i;
        TransactionOperations<Connection> txB = nodeB.getBean(TransactionOperations.class);
        (n % 2 == 0 ? tx : txB)
            .executeWrite(
                status -> {
                  (n % 2 == 0 ? feed : feedB).publish(new TestChanged(run, n));
                  return null;
                });
      }

      awaitTrue(() -> recorder.numbers(run).size() == 10 && onB.numbers(run).size() == 10);
      sleep(300);
      assertThat(recorder.numbers(run)).containsExactlyElementsOf(range(1, 10));
      assertThat(onB.numbers(run)).containsExactlyElementsOf(range(1, 10));
    }
  }

  @Test
  void anEventWrittenOnOneNodeReachesAnotherWithinASecond() {
    try (ApplicationContext nodeB = ApplicationContext.run("test")) {
      RecordingListener onB = nodeB.getBean(RecordingListener.class);
      nodeB.getBean(ChangeFeedTailer.class).awaitPosition(feed.head(), Duration.ofSeconds(10));
      sleep(100);

      Instant written = Instant.now();
      tx.executeWrite(
          status -> {
            feed.publish(new TestChanged(run, 1));
            return null;
          });
      awaitTrue(() -> onB.numbers(run).size() == 1);

      assertThat(Duration.between(written, Instant.now())).isLessThan(Duration.ofSeconds(1));
    }
  }

  /**
   * On Galera every database node hands out every third position (wsrep_auto_increment_control);
   * the positions between are the other nodes', which have no writer. They are not holes to wait
   * for: the tailer once waited a gap-wait (500 ms) for each row, which grew into seconds of
   * backlog on a busy cluster (a suspension not reaching the other node within 3 s).
   */
  @Test
  void positionsSteppingByTheClusterSizeAreHandedOnWithoutWaitingForTheStepsBetween() {
    String url = context.getProperty("datasources.default.url", String.class).orElseThrow();
    String stepped =
        url
            + (url.contains("?") ? "&" : "?")
            + "sessionVariables=auto_increment_increment=3,auto_increment_offset=2";
    try (ApplicationContext nodeB =
        ApplicationContext.run(Map.of("datasources.default.url", stepped), "test")) {
      RecordingListener onB = nodeB.getBean(RecordingListener.class);
      ChangeFeed feedB = nodeB.getBean(ChangeFeed.class);
      ChangeFeedTailer tailerB = nodeB.getBean(ChangeFeedTailer.class);
      TransactionOperations<Connection> txB = nodeB.getBean(TransactionOperations.class);
      // A new node's tailer starts after the head it finds when its loop first runs: an event
      // written before then is older than its start and not handed on (the other tests wait too).
      assertThat(tailerB.awaitPosition(feedB.head(), Duration.ofSeconds(10))).isTrue();
      feedB.publish(new TestChanged(run, 0));
      awaitTrue(() -> onB.numbers(run).size() == 1);
      long holdBacks = tailerB.holdBacks();

      Instant started = Instant.now();
      for (int i = 1; i <= 10; i++) {
        int n = i;
        txB.executeWrite(
            status -> {
              feedB.publish(new TestChanged(run, n));
              return null;
            });
      }
      awaitTrue(() -> onB.numbers(run).size() == 11);

      assertThat(onB.numbers(run)).containsExactlyElementsOf(range(0, 10));
      List<Long> positions = onB.entries(run).stream().map(FeedEntry::position).toList();
      assertThat(positions).isSorted().allMatch(position -> position % 3 == 2);
      assertThat(tailerB.holdBacks()).isEqualTo(holdBacks);
      assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void concurrentWritersLoseNothingAndNoEventIsHandedOnTwice() throws Exception {
    int writers = 8;
    int each = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CompletableFuture<?>[] all =
        IntStream.range(0, writers)
            .mapToObj(
                w ->
                    CompletableFuture.runAsync(
                        () -> {
                          for (int i = 0; i < each; i++) {
                            int n = w * 1000 + i;
                            tx.executeWrite(
                                status -> {
                                  feed.publish(new TestChanged(run, n));
                                  return null;
                                });
                          }
                        },
                        pool))
            .toArray(CompletableFuture[]::new);
    CompletableFuture.allOf(all).get(60, TimeUnit.SECONDS);
    pool.shutdown();

    awaitTrue(() -> recorder.numbers(run).size() >= writers * each);
    sleep(500);
    assertThat(recorder.numbers(run)).hasSize(writers * each).doesNotHaveDuplicates();
    List<Long> positions = recorder.entries(run).stream().map(FeedEntry::position).toList();
    assertThat(positions).isSorted();
  }

  @Test
  void aTransactionCommittingShortlyAfterALaterOneIsStillHandedOnInPositionOrder()
      throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    CompletableFuture<Void> slow =
        CompletableFuture.runAsync(
            () ->
                tx.executeWrite(
                    status -> {
                      feed.publish(new TestChanged(run, 1));
                      status.registerSynchronization(pauseBeforeCommit(written, 200));
                      return null;
                    }));
    assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
    tx.executeWrite(
        status -> {
          feed.publish(new TestChanged(run, 2));
          return null;
        });
    slow.get(10, TimeUnit.SECONDS);

    awaitTrue(() -> recorder.numbers(run).size() == 2);
    assertThat(recorder.numbers(run)).containsExactly(1, 2);
  }

  @Test
  void aTransactionCommittingLongAfterALaterOneIsHandedOnLateButNotLost() throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    CompletableFuture<Void> slow =
        CompletableFuture.runAsync(
            () ->
                tx.executeWrite(
                    status -> {
                      feed.publish(new TestChanged(run, 1));
                      status.registerSynchronization(pauseBeforeCommit(written, 2000));
                      return null;
                    }));
    assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
    tx.executeWrite(
        status -> {
          feed.publish(new TestChanged(run, 2));
          return null;
        });

    // The later event is not held back for the whole time the earlier one takes to commit.
    awaitTrue(() -> recorder.numbers(run).contains(2));
    assertThat(recorder.numbers(run)).containsExactly(2);
    slow.get(10, TimeUnit.SECONDS);
    awaitTrue(() -> recorder.numbers(run).size() == 2);
    sleep(300);
    assertThat(recorder.numbers(run)).containsExactly(2, 1);
  }

  @Test
  void aNodeThatRestartsResumesWhereItsDurableListenerLeftOff() {
    long leftOff = feed.head();
    // Written while the node with the durable listener is down.
    for (int i = 1; i <= 3; i++) {
      feed.publish(new TestChanged(run, i));
    }
    try (ApplicationContext restarted =
        ApplicationContext.run(Map.of("test.feed.resume-after", leftOff), "test")) {
      DurableListener durable = restarted.getBean(DurableListener.class);
      feed.publish(new TestChanged(run, 4));

      awaitTrue(() -> durable.numbers(run).size() == 4);
      assertThat(durable.numbers(run)).containsExactly(1, 2, 3, 4);
      assertThat(durable.rebuilds()).isZero();
    }
  }

  @Test
  void aNodeAwayLongerThanTheRetentionRebuildsInsteadOfReplaying() {
    long leftOff = feed.head();
    feed.publish(new TestChanged(run, 1));
    feed.publish(new TestChanged(run, 2));
    // Age every row, then prune: all but the newest are gone, the event after leftOff too.
    sql.update(
        "UPDATE change_feed SET created_at = ? WHERE position <= ?",
        Instant.parse("2000-01-01T00:00:00Z"),
        feed.head());
    context.getBean(ChangeFeedPruner.class).prune(Instant.parse("2001-01-01T00:00:00Z"));

    try (ApplicationContext restarted =
        ApplicationContext.run(Map.of("test.feed.resume-after", leftOff), "test")) {
      DurableListener durable = restarted.getBean(DurableListener.class);
      awaitTrue(() -> durable.rebuilds() == 1);
      feed.publish(new TestChanged(run, 3));

      awaitTrue(() -> durable.numbers(run).contains(3));
      assertThat(durable.numbers(run)).containsExactly(3);
    }
  }

  @Test
  void pruningKeepsTheNewestRowSoPositionsNeverStartOver() {
    feed.publish(new TestChanged(run, 1));
    feed.publish(new TestChanged(run, 2));
    long newest = feed.head();
    sql.update(
        "UPDATE change_feed SET created_at = ? WHERE position >= ?",
        Instant.parse("2000-01-01T00:00:00Z"),
        newest - 1);
    context.getBean(ChangeFeedPruner.class).prune(Instant.parse("2001-01-01T00:00:00Z"));

    assertThat(feed.head()).isEqualTo(newest);
    assertThat(sql.count("SELECT COUNT(*) FROM change_feed WHERE position = ?", newest - 1))
        .isZero();
  }

  private static TransactionSynchronization pauseBeforeCommit(CountDownLatch written, long ms) {
    return new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        written.countDown();
        sleep(ms);
      }

      @Override
      public int getOrder() {
        return LOWEST_PRECEDENCE;
      }
    };
  }

  private static List<Integer> range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  private static void awaitTrue(Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 10 s");
      }
      sleep(20);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
