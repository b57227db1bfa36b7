package no.helsebro.accounts;

import static no.helsebro.accounts.AccountsApi.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.helsebro.platform.mail.Mailer;
import org.junit.jupiter.api.Test;

/**
 * With no SMTP server (development), mail is kept as .eml files and the README tells newcomers to
 * open them with {@code less} and copy the link (issue 8, item 19): the link as it stands in the
 * file must work.
 */
@MicronautTest
@Property(name = "helsebro.base-url", value = "https://helsebro.test")
class OutboxLinksTest {

  private static final Pattern LINK = Pattern.compile("https://helsebro\\.test/\\S+");

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Mailer mailer;

  @Test
  void theLinkAsItStandsInTheOutboxFileConfirmsTheRegistration() throws Exception {
    AccountsApi api = new AccountsApi(http);
    String email = AccountsApi.uniqueEmail("ous-hf.no");
    api.register(email, PASSWORD, "nb");

    String file = outboxFileTo(email);
    Matcher m = LINK.matcher(file);
    assertThat(m.find()).as("a link in\n" + file).isTrue();
    URI copied = URI.create(m.group());
    assertThat(copied.getPath()).isEqualTo("/register/confirm");
    assertThat(copied.getQuery()).matches("token=[A-Za-z0-9_-]{20,}");
    assertThat(file).contains("Bekreft e-postadressen din ved å åpne lenken under.");

    Map<String, Object> session =
        AccountsApi.session(api.confirm(copied.getQuery().substring("token=".length()))).member();

    assertThat(session).containsEntry("email", email).containsEntry("status", "ACTIVE");
  }

  /** The outbox file of the mail to this address, as text (as `less` shows it). */
  private String outboxFileTo(String email) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 50; attempt++) {
      try (Stream<Path> files = Files.list(mailer.outbox())) {
        // Whole mails only: one being written is named *.eml.part until it is complete.
        for (Path f : files.filter(x -> x.toString().endsWith(".eml")).toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          if (text.contains("To: " + email)) {
            return text;
          }
        }
      } catch (java.nio.file.NoSuchFileException notYet) {
        // The first mail makes the directory.
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No mail to " + email + " in " + mailer.outbox() + ": " + List.of());
  }
}
