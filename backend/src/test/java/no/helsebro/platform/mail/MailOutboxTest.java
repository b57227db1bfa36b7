package no.helsebro.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import no.helsebro.testing.SecondNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The durable mail outbox against a real SMTP server of its own (GreenMail), which the tests stop
 * and start: mail written while it is down arrives once after it is back; two nodes sending at once
 * send every mail once, also when their leases deadlock. The scheduled worker waits an hour; the
 * tests call it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailOutboxTest implements TestPropertyProvider {

  private static final int PORT = freePort();
  private GreenMail smtp = start();

  @Inject MailOutbox outbox;
  @Inject MailOutboxWorker worker;
  @Inject io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "helsebro.mail.host", "127.0.0.1",
        "helsebro.mail.port", Integer.toString(PORT),
        "helsebro.mail.tls", "false",
        "helsebro.mail.outbox.initial-delay", "1h",
        "helsebro.base-url", "https://helsebro.test");
  }

  @AfterAll
  void stop() {
    smtp.stop();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static GreenMail start() {
    GreenMail g = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    g.start();
    return g;
  }

  private static String address() {
    return "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@ous-hf.no";
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(address);
              } catch (Exception e) {
                return false;
              }
            })
        .toList();
  }

  private String enqueue(String to, String subject) {
    return tx.executeWrite(
        s -> outbox.enqueue(new OutgoingMail(to, subject, "Hei!", null, "nb"), Map.of()));
  }

  @Test
  void mailWrittenWhileTheSmtpServerIsDownArrivesOnceWhenItIsBack() throws Exception {
    String to = address();
    smtp.stop();
    String messageId = enqueue(to, "Mens serveren var nede");

    worker.sendDue(Instant.now());
    smtp = start();
    assertThat(mailsTo(to)).isEmpty();

    // Not before the back-off has passed; then once, and never again.
    worker.sendDue(Instant.now().plusSeconds(3600));
    worker.sendDue(Instant.now().plusSeconds(7200));

    List<MimeMessage> mails = mailsTo(to);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getHeader("Message-ID")[0]).isEqualTo(messageId);
  }

  @Test
  void aMailIsNotWrittenWhenItsTransactionRollsBack() {
    String to = address();
    try {
      tx.executeWrite(
          s -> {
            outbox.enqueue(new OutgoingMail(to, "Rullet tilbake", "Hei!", null, "nb"));
            throw new IllegalStateException("the change fails");
          });
    } catch (IllegalStateException expected) {
      // the change and its mail are gone
    }
    worker.sendDue(Instant.now().plusSeconds(7200));
    assertThat(mailsTo(to)).isEmpty();
  }

  @Test
  void twoNodesSendingAtOnceSendEveryMailOnce() throws Exception {
    // Two workers per node lease at once: InnoDB may let one lose a deadlock, which the worker
    // runs again (ConflictRetries) instead of failing the run.
    String to = address();
    List<String> ids = new ArrayList<>();
    IntStream.range(0, 80).forEach(i -> ids.add(enqueue(to, "Nummer " + i)));
    int sent = 0;
    try (SecondNode nodeB = SecondNode.start(getPropertiesAsObjects())) {
      MailOutboxWorker other = nodeB.context().getBean(MailOutboxWorker.class);
      Instant later = Instant.now().plusSeconds(10800);
      List<CompletableFuture<Integer>> runs = new ArrayList<>();
      for (MailOutboxWorker w : List.of(worker, other, worker, other)) {
        runs.add(CompletableFuture.supplyAsync(() -> w.sendDue(later)));
      }
      for (CompletableFuture<Integer> run : runs) {
        sent += run.get();
      }
    }
    assertThat(sent).isEqualTo(ids.size());
    List<String> received = new ArrayList<>();
    for (MimeMessage m : mailsTo(to)) {
      received.add(m.getHeader("Message-ID")[0]);
    }
    assertThat(received).containsExactlyInAnyOrderElementsOf(ids);
  }

  private Map<String, Object> getPropertiesAsObjects() {
    return Map.copyOf(getProperties());
  }

  @Test
  void backOffDoublesUpToAnHour() {
    assertThat(MailOutboxWorker.backOff(1).toSeconds()).isEqualTo(30);
    assertThat(MailOutboxWorker.backOff(2).toSeconds()).isEqualTo(60);
    assertThat(MailOutboxWorker.backOff(12).toSeconds()).isEqualTo(3600);
  }
}
