package no.helsebro.platform.mail;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Durable mail (docs/adr/0015): {@link #enqueue} writes the mail as a row of {@code mail_outbox} in
 * the caller's transaction, so it exists exactly when the change that causes it does; the {@link
 * MailOutboxWorker} on some node sends it later, with retries and back-off while the SMTP server is
 * away.
 */
@Singleton
public class MailOutbox {

  private final MailOutboxRepository outbox;
  private final String domain;

  MailOutbox(
      MailOutboxRepository outbox, @Value("${helsebro.base-url:http://localhost}") String baseUrl) {
    this.outbox = outbox;
    this.domain = hostOf(baseUrl);
  }

  /** Writes a mail to be sent; answers its Message-ID. */
  public String enqueue(OutgoingMail mail) {
    return enqueue(mail, Map.of());
  }

  /**
   * Writes a mail to be sent with extra headers (e.g. {@code List-Unsubscribe}); answers its
   * Message-ID, fixed now so that every attempt carries the same one.
   */
  public String enqueue(OutgoingMail mail, Map<String, String> headers) {
    String messageId = "<" + UUID.randomUUID() + "@" + domain + ">";
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    outbox.enqueue(
        messageId,
        mail.to(),
        mail.subject(),
        mail.text(),
        mail.html(),
        mail.language(),
        encode(headers),
        now);
    return messageId;
  }

  static String encode(Map<String, String> headers) {
    if (headers.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    headers.forEach(
        (name, value) -> {
          if (name.contains(":") || name.contains("\n") || value.contains("\n")) {
            throw new IllegalArgumentException("Bad header " + name);
          }
          out.append(name).append(": ").append(value).append('\n');
        });
    return out.toString();
  }

  static Map<String, String> decode(String headers) {
    Map<String, String> out = new LinkedHashMap<>();
    if (headers == null) {
      return out;
    }
    for (String line : headers.split("\n")) {
      int colon = line.indexOf(": ");
      if (colon > 0) {
        out.put(line.substring(0, colon), line.substring(colon + 2));
      }
    }
    return out;
  }

  private static String hostOf(String baseUrl) {
    String host = baseUrl.replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
    return host.isBlank() ? "helsebro" : host;
  }
}
