package no.helsebro.platform.mail;

import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import no.helsebro.platform.config.HelsebroHome;
import no.helsebro.platform.database.UnrepeatableEffects;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail through the configured SMTP server, or — when none is configured — writes each message
 * as an {@code .eml} file to the development outbox {@code <data dir>/outbox/}, which any mail
 * program can open. Sending is synchronous: a caller inside a transaction fails (and rolls back)
 * when the SMTP server refuses the message.
 */
@Singleton
public class Mailer {

  private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

  private final MailConfiguration config;
  private final Path outbox;
  private final Session session;

  Mailer(MailConfiguration config, Environment environment) {
    this.config = config;
    this.outbox = HelsebroHome.dataDir(environment).resolve("outbox");
    this.session = Session.getInstance(smtpProperties(config));
  }

  private static Properties smtpProperties(MailConfiguration config) {
    Properties p = new Properties();
    String protocol = config.isSsl() ? "smtps" : "smtp";
    p.put("mail.transport.protocol", protocol);
    if (config.smtpConfigured()) {
      p.put("mail." + protocol + ".host", config.getHost());
      p.put("mail." + protocol + ".port", Integer.toString(config.getPort()));
    }
    p.put("mail." + protocol + ".connectiontimeout", "10000");
    p.put("mail." + protocol + ".timeout", "10000");
    p.put("mail." + protocol + ".writetimeout", "10000");
    if (!config.isSsl()) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", Boolean.toString(config.isTls()));
    }
    if (config.getUsername() != null && !config.getUsername().isBlank()) {
      p.put("mail." + protocol + ".auth", "true");
    }
    return p;
  }

  /** The directory where mail is kept when no SMTP host is configured. */
  public Path outbox() {
    return outbox;
  }

  public void send(OutgoingMail mail) {
    send(mail, null, Map.of());
  }

  /**
   * Sends a mail with a fixed Message-ID (so a resend is recognisable as the same mail) and extra
   * headers such as {@code List-Unsubscribe}. Used by the {@link MailOutbox} worker.
   */
  public void send(OutgoingMail mail, @Nullable String messageId, Map<String, String> headers) {
    // Sent mail cannot be taken back: a transaction that sent it is not run again after a conflict.
    UnrepeatableEffects.happened();
    try {
      MimeMessage message = toMessage(mail, messageId, headers);
      if (config.smtpConfigured()) {
        if (config.getUsername() != null && !config.getUsername().isBlank()) {
          Transport.send(message, config.getUsername(), config.getPassword());
        } else {
          Transport.send(message);
        }
      } else {
        writeToOutbox(message);
      }
    } catch (MessagingException | IOException e) {
      throw new MailNotSentException("Could not send mail: " + e.getMessage(), e);
    }
  }

  private MimeMessage toMessage(
      OutgoingMail mail, @Nullable String messageId, Map<String, String> headers)
      throws MessagingException {
    MimeMessage message =
        messageId == null
            ? new MimeMessage(session)
            : new MimeMessage(session) {
              @Override
              protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
              }
            };
    for (Map.Entry<String, String> h : headers.entrySet()) {
      message.setHeader(h.getKey(), h.getValue());
    }
    message.setFrom(new InternetAddress(config.getFrom(), true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(Date.from(Instant.now()));
    message.setHeader("Content-Language", mail.language());
    message.setHeader("Auto-Submitted", "auto-generated");
    if (mail.html() == null) {
      message.setText(mail.text(), "UTF-8");
      readableAsWritten(message);
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.text(), "UTF-8");
      readableAsWritten(text);
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html(), "UTF-8", "html");
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text);
      alternative.addBodyPart(html);
      message.setContent(alternative);
    }
    message.saveChanges();
    return message;
  }

  /**
   * Sends a text part as UTF-8 text (8bit) rather than quoted-printable, which Jakarta Mail picks
   * for any non-ASCII letter: that turns every "=" of a link into "=3D" and breaks long lines with
   * "=", so a link copied from the outbox file (or a mail program's source view) fails. Lines stay
   * far below SMTP's 998-octet limit: the texts are short paragraphs and one link per line.
   */
  private static void readableAsWritten(jakarta.mail.Part part) throws MessagingException {
    part.setHeader("Content-Transfer-Encoding", "8bit");
  }

  /**
   * Writes the mail whole under a name ending in {@code .part} and then renames it to {@code .eml}
   * in one step, so whoever reads the folder (a developer's mail program, a test looking for a
   * link) never sees half a mail: a cut-off link read under load failed the cluster test.
   */
  private void writeToOutbox(MimeMessage message) throws IOException, MessagingException {
    Files.createDirectories(outbox);
    String name = Instant.now().toString().replace(':', '-') + "-" + UUID.randomUUID() + ".eml";
    Path file = outbox.resolve(name);
    Path partial = outbox.resolve(name + ".part");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
      message.writeTo(out);
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    LOG.info("No SMTP host configured: mail to {} kept in {}", message.getAllRecipients()[0], file);
  }

  /** The SMTP server could not be reached or refused the message. */
  public static class MailNotSentException extends RuntimeException {
    MailNotSentException(String message, Throwable cause) {
      super(message, cause);
    }

    /**
     * Whether the SMTP server refused the mail for good (a 5xx reply): sending it again will not
     * help.
     */
    public boolean permanent() {
      for (Throwable t = getCause(); t != null; t = t.getCause()) {
        if (t instanceof SMTPSendFailedException f && f.getReturnCode() >= 500) {
          return true;
        }
        if (t instanceof SMTPAddressFailedException f && f.getReturnCode() >= 500) {
          return true;
        }
        if (t instanceof jakarta.mail.SendFailedException f && f.getNextException() != null) {
          Throwable next = f.getNextException();
          if (next instanceof SMTPAddressFailedException a && a.getReturnCode() >= 500) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
