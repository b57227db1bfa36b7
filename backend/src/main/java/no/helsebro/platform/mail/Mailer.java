package no.helsebro.platform.mail;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import no.helsebro.platform.config.HelsebroHome;
import no.helsebro.platform.database.UnrepeatableEffects;
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
    // Sent mail cannot be taken back: a transaction that sent it is not run again after a conflict.
    UnrepeatableEffects.happened();
    try {
      MimeMessage message = toMessage(mail);
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

  private MimeMessage toMessage(OutgoingMail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
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

  private void writeToOutbox(MimeMessage message) throws IOException, MessagingException {
    Files.createDirectories(outbox);
    String name = Instant.now().toString().replace(':', '-') + "-" + UUID.randomUUID() + ".eml";
    Path file = outbox.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
    }
    LOG.info("No SMTP host configured: mail to {} kept in {}", message.getAllRecipients()[0], file);
  }

  /** The SMTP server could not be reached or refused the message. */
  public static class MailNotSentException extends RuntimeException {
    MailNotSentException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
