package no.helsebro.notifications;

import static no.helsebro.notifications.NotificationsApi.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.accounts.TestMailServer;
import no.helsebro.platform.mail.MailOutboxWorker;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Notification mail through the outbox to a real SMTP server (GreenMail): at once, as a digest at
 * the member's hour, held back in quiet hours, stopped by a one-click unsubscribe without sign-in.
 * The mail job is called with the time each test wants (the scheduled one waits an hour).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationMailTest implements TestPropertyProvider {

  @Inject NotificationsApi api;
  @Inject NotificationMailer mailer;
  @Inject MailOutboxWorker outbox;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(TestMailServer.properties());
    p.put("helsebro.notifications.mail-initial-delay", "1h");
    return p;
  }

  private Instant replyAndCreatedAt(TestMember asker, String title) {
    long topic = api.question(asker, title);
    api.reply(api.veteran(), topic, "Et svar som skal på e-post.");
    eventually(() -> api.unread(asker) == 1);
    List<List<Object>> rows =
        api.rows(
            "SELECT DATE_FORMAT(created_at, '%Y-%m-%dT%H:%i:%s.%fZ') FROM notifications"
                + " WHERE member_id = ?",
            asker.id());
    return Instant.parse((String) rows.get(0).get(0));
  }

  private void settings(TestMember m, Map<String, Object> body) {
    api.send(m, HttpRequest.PUT("/api/v1/notification-settings", body));
  }

  private static Map<String, Object> settingsBody(
      int hour, Integer quietFrom, Integer quietTo, String repliesDelivery) {
    Map<String, Object> body = new HashMap<>();
    body.put("digestHour", hour);
    body.put("weeklyDay", 1);
    body.put("quietFrom", quietFrom);
    body.put("quietTo", quietTo);
    body.put("kinds", List.of(Map.of("kind", "REPLIES", "delivery", repliesDelivery)));
    return body;
  }

  @Test
  void aReplyChosenAtOnceArrivesAsAMailWithTheLinkAndAOneClickUnsubscribe() throws Exception {
    TestMember asker = api.veteran();
    String title = NotificationsApi.unique("Svar på e-post");
    Instant at = replyAndCreatedAt(asker, title);

    assertThat(mailer.mailDue(asker.id(), at.plusSeconds(1))).isEqualTo(1);
    outbox.sendDue(Instant.now());

    MimeMessage mail = TestMailServer.waitForMail(asker.email(), 1);
    assertThat(mail.getSubject()).contains(title);
    assertThat(TestMailServer.text(mail)).contains("https://helsebro.test/forum/t/");
    assertThat(mail.getHeader("List-Unsubscribe")[0])
        .startsWith("<https://helsebro.test/api/v1/notification-unsubscriptions?token=");
    assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    assertThat(mail.getHeader("Message-ID")[0]).endsWith("@helsebro.test>");
    // Once: a second run finds nothing due.
    assertThat(mailer.mailDue(asker.id(), at.plusSeconds(2))).isZero();
  }

  @Test
  void aMemberWhoReadsNynorskGetsTheirMailInNynorsk() throws Exception {
    TestMember asker = api.veteran();
    api.sql("UPDATE members SET language = 'nn' WHERE id = ?", asker.id());
    String title = NotificationsApi.unique("Nynorsk");
    long topic = api.question(asker, title);
    api.reply(api.veteran(), topic, "Eit svar på nynorsk.");
    eventually(() -> api.unread(asker) == 1);

    assertThat(mailer.mailDue(asker.id(), Instant.now().plusSeconds(5))).isEqualTo(1);
    outbox.sendDue(Instant.now());

    MimeMessage mail = TestMailServer.waitForMail(asker.email(), 1);
    assertThat(mail.getSubject()).contains(title);
    assertThat(TestMailServer.text(mail))
        .contains("Vel kva varsel du får på e-post: https://helsebro.test/")
        .contains("Stopp e-post om dette: ")
        .doesNotContain("Velg hvilke varsler");
    assertThat(mail.getHeader("Content-Language")).containsExactly("nn");
  }

  @Test
  void everyKindOfNotificationHasMailWordsInBokmalNynorskAndEnglish() {
    assertThat(MailTexts.complete()).isTrue();
    assertThat(MailTexts.line(NotificationType.MENTIONED, "nn", null, "T"))
        .isEqualTo("Nokon nemnde deg i «T»");
    assertThat(MailTexts.digestSubject("nn", Delivery.WEEKLY, 3))
        .isEqualTo("Samandraget for veka frå Helsebro: 3 nye");
  }

  @Test
  void aDailyDigestArrivesAtTheChosenHourNorwegianTimeAndNotBefore() throws Exception {
    TestMember asker = api.veteran();
    settings(asker, settingsBody(7, null, null, "DAILY"));
    String title = NotificationsApi.unique("Sammendrag");
    Instant created = replyAndCreatedAt(asker, title);
    MailSchedule schedule = new MailSchedule(7, 1, null, null);
    Instant slot = schedule.latestDaily(created.plus(Duration.ofHours(24)));
    assertThat(slot).isAfter(created);
    assertThat(slot.atZone(MailSchedule.OSLO).getHour()).isEqualTo(7);

    assertThat(mailer.mailDue(asker.id(), slot.minusSeconds(60))).isZero();
    assertThat(mailer.mailDue(asker.id(), slot.plusSeconds(60))).isEqualTo(1);
    outbox.sendDue(Instant.now());

    MimeMessage mail = TestMailServer.waitForMail(asker.email(), 1);
    assertThat(mail.getSubject()).startsWith("Dagens sammendrag fra Helsebro: 1");
    assertThat(TestMailServer.text(mail)).contains(title).contains("/unsubscribe?token=");
  }

  @Test
  void quietHoursHoldMailBackUntilTheyEnd() {
    TestMember asker = api.veteran();
    int hour = Instant.now().atZone(MailSchedule.OSLO).getHour();
    settings(asker, settingsBody(7, hour, (hour + 2) % 24, "IMMEDIATE"));
    Instant created = replyAndCreatedAt(asker, NotificationsApi.unique("Stille timer"));

    assertThat(mailer.mailDue(asker.id(), created.plusSeconds(1))).isZero();
    assertThat(mailer.mailDue(asker.id(), created.plus(Duration.ofHours(3)))).isEqualTo(1);
  }

  @Test
  void theOneClickUnsubscribeWorksWithoutSigningInAndStopsThatKind() throws Exception {
    TestMember asker = api.veteran();
    Instant at = replyAndCreatedAt(asker, NotificationsApi.unique("Avmelding"));
    mailer.mailDue(asker.id(), at.plusSeconds(1));
    outbox.sendDue(Instant.now());
    MimeMessage mail = TestMailServer.waitForMail(asker.email(), 1);
    String url = mail.getHeader("List-Unsubscribe")[0].replaceAll("^<https://helsebro.test|>$", "");

    Map<String, Object> answer =
        api.http
            .toBlocking()
            .retrieve(
                HttpRequest.POST(url, "List-Unsubscribe=One-Click")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                NotificationsApi.MAP);

    assertThat(answer).containsEntry("scope", "REPLIES");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> kinds =
        (List<Map<String, Object>>) api.get(asker, "/api/v1/notification-settings").get("kinds");
    assertThat(kinds).contains(Map.of("kind", "REPLIES", "delivery", "NONE"));
  }

  @Test
  void anUnsubscribeLinkWithAForgedSignatureIsRefused() {
    TestMember asker = api.veteran();
    var refusal =
        api.refusal(
            null,
            HttpRequest.POST(
                "/api/v1/notification-unsubscriptions?token=" + asker.id() + "-REPLIES.AAAA",
                Map.of()));
    assertThat(refusal.getStatus().getCode()).isEqualTo(400);
    assertThat(api.get(asker, "/api/v1/notification-settings").toString())
        .contains("kind=REPLIES, delivery=IMMEDIATE");
  }
}
