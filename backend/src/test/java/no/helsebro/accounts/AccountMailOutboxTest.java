package no.helsebro.accounts;

import static no.helsebro.accounts.AccountsApi.PASSWORD;
import static no.helsebro.accounts.AccountsApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.helsebro.platform.mail.MailOutboxWorker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Account mail goes through the durable outbox like all other mail (issue 12, item 4): signing up
 * while the SMTP server is down succeeds, and the confirmation arrives once, in the member's
 * language, after the server is back. The scheduled worker waits an hour; the test calls it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountMailOutboxTest implements TestPropertyProvider {

  private static final int PORT = freePort();
  private GreenMail smtp = start();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject MailOutboxWorker worker;

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

  @Test
  void aSignUpWhileTheMailServerIsDownSucceedsAndItsConfirmationArrivesOnceWhenItIsBack()
      throws Exception {
    smtp.stop();
    String email = uniqueEmail("ous-hf.no");

    assertThat(new AccountsApi(http).register(email, PASSWORD, "nn").getStatus().getCode())
        .isEqualTo(202);
    worker.sendDue(Instant.now());
    assertThat(mailsTo(email)).isEmpty();

    smtp = start();
    worker.sendDue(Instant.now().plus(Duration.ofHours(2)));
    worker.sendDue(Instant.now().plus(Duration.ofHours(3)));

    List<MimeMessage> mails = mailsTo(email);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).isEqualTo("Stadfest e-postadressa di i Helsebro");
    assertThat(mails.get(0).getContent().toString())
        .contains("https://helsebro.test/register/confirm");
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
              } catch (Exception e) {
                return false;
              }
            })
        .toList();
  }

  private static GreenMail start() {
    GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
