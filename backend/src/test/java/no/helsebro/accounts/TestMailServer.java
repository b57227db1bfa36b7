package no.helsebro.accounts;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in this JVM, started once and shared by the test classes that send
 * mail. {@link #properties()} points Helsebro at it.
 */
public final class TestMailServer {

  private static GreenMail server;
  private static int port;

  private TestMailServer() {}

  public static synchronized GreenMail get() {
    if (server == null) {
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
    return server;
  }

  public static Map<String, String> properties() {
    get();
    return Map.of(
        "helsebro.mail.host", "127.0.0.1",
        "helsebro.mail.port", Integer.toString(port),
        "helsebro.mail.tls", "false",
        "helsebro.base-url", "https://helsebro.test");
  }

  /** Mails received for an address, oldest first. */
  public static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(get().getReceivedMessages())
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

  /**
   * Waits up to ten seconds for the n-th mail (1 = first) to an address (mail goes through the
   * outbox, whose worker runs every 250 ms in tests, on a machine that may be busy).
   */
  public static MimeMessage waitForMail(String address, int n) {
    long until = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < until) {
      List<MimeMessage> mails = mailsTo(address);
      if (mails.size() >= n) {
        return mails.get(n - 1);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("No mail number " + n + " to " + address);
  }

  /**
   * Mails to an address after the outbox worker has had time for several runs: for checks that
   * nothing (more) was sent.
   */
  public static List<MimeMessage> mailsToAfterTheOutboxRan(String address) {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return mailsTo(address);
  }

  public static String text(MimeMessage mail) {
    try {
      return mail.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The token of the first link to the given path in the mail, e.g. "/register/confirm". */
  public static String tokenIn(MimeMessage mail, String path) {
    Matcher m =
        Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)").matcher(text(mail));
    if (!m.find()) {
      throw new AssertionError("No link to " + path + " in: " + text(mail));
    }
    return m.group(1);
  }
}
