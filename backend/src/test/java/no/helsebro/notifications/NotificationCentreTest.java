package no.helsebro.notifications;

import static no.helsebro.notifications.NotificationsApi.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/** The notification centre: who is told of what, the unread count, marking read. */
@MicronautTest(transactional = false)
class NotificationCentreTest {

  @Inject NotificationsApi api;

  @Test
  void aReplyNotifiesTheAskerWithALinkToThePostAndRaisesTheUnreadCount() {
    TestMember asker = api.veteran();
    TestMember answerer = api.veteran();
    String title = NotificationsApi.unique("Varsel om svar");
    long topic = api.question(asker, title);
    assertThat(api.unread(asker)).isZero();

    api.reply(answerer, topic, "Slik gjør vi det hos oss.");

    eventually(() -> api.unread(asker) == 1);
    Map<String, Object> n = api.notifications(asker).get(0);
    assertThat(n)
        .containsEntry("type", "REPLY_TO_MY_TOPIC")
        .containsEntry("kind", "REPLIES")
        .containsEntry("title", title)
        .containsEntry("link", "/forum/t/" + topic + "?post=2")
        .containsEntry("actorName", answerer.displayName())
        .containsEntry("read", false);
  }

  @Test
  void nobodyIsNotifiedOfTheirOwnReply() throws InterruptedException {
    TestMember asker = api.veteran();
    long topic = api.question(asker, NotificationsApi.unique("Eget svar"));
    api.reply(asker, topic, "Jeg fant ut av det selv.");
    TestMember other = api.veteran();
    api.reply(other, topic, "Fint!");

    eventually(() -> api.unread(asker) == 1);
    assertThat(api.notifications(asker)).hasSize(1);
    assertThat(api.notifications(asker).get(0)).containsEntry("actorId", (int) other.id());
  }

  @Test
  void aReplyThatMentionsTheAskerNotifiesThemOnce() throws InterruptedException {
    TestMember asker = api.veteran();
    long topic = api.question(asker, NotificationsApi.unique("Nevnt og svart"));
    api.reply(
        api.veteran(),
        topic,
        "Hei [@" + asker.displayName() + "](/members/" + asker.id() + "), se her.");

    eventually(() -> api.unread(asker) == 1);
    Thread.sleep(500);
    assertThat(api.notifications(asker)).hasSize(1);
  }

  @Test
  void aMentionNotifiesTheMemberNamed() {
    TestMember named = api.veteran();
    long topic = api.question(api.veteran(), NotificationsApi.unique("Nevnt"));
    api.reply(
        api.veteran(),
        topic,
        "Kanskje [@" + named.displayName() + "](/members/" + named.id() + ") vet?");

    eventually(() -> api.unread(named) == 1);
    assertThat(api.notifications(named).get(0)).containsEntry("type", "MENTIONED");
  }

  @Test
  void followersOfATopicHearOfItsReplies() {
    TestMember follower = api.veteran();
    long topic = api.question(api.veteran(), NotificationsApi.unique("Fulgt"));
    api.send(follower, HttpRequest.PUT("/api/v1/topics/" + topic + "/following", Map.of()));

    api.reply(api.veteran(), topic, "Et svar for følgerne.");

    eventually(() -> api.unread(follower) == 1);
    assertThat(api.notifications(follower).get(0)).containsEntry("type", "REPLY_IN_FOLLOWED_TOPIC");
  }

  @Test
  void aNewTopicInAFollowedCategoryNotifiesItsFollowers() {
    TestMember follower = api.veteran();
    api.send(
        follower,
        HttpRequest.PUT(
            "/api/v1/categories/" + api.categoryId("patient-records") + "/following", Map.of()));
    String title = NotificationsApi.unique("Ny i kategorien");

    long topic = api.question(api.veteran(), title);

    eventually(
        () -> api.notifications(follower).stream().anyMatch(n -> title.equals(n.get("title"))));
    assertThat(api.notifications(follower).get(0))
        .containsEntry("type", "TOPIC_IN_FOLLOWED_CATEGORY")
        .containsEntry("link", "/forum/t/" + topic);
    api.send(
        follower,
        HttpRequest.DELETE(
            "/api/v1/categories/" + api.categoryId("patient-records") + "/following"));
  }

  @Test
  void markingOneReadLowersTheCountAndMarkingAllReadClearsIt() {
    TestMember asker = api.veteran();
    long topic = api.question(asker, NotificationsApi.unique("Lest"));
    api.reply(api.veteran(), topic, "Første svar.");
    api.reply(api.veteran(), topic, "Andre svar.");
    eventually(() -> api.unread(asker) == 2);

    Number first = (Number) api.notifications(asker).get(0).get("id");
    api.send(asker, HttpRequest.POST("/api/v1/notifications/" + first + "/read", Map.of()));
    assertThat(api.unread(asker)).isEqualTo(1);
    assertThat(api.notifications(asker).get(0)).containsEntry("read", true);

    api.send(asker, HttpRequest.POST("/api/v1/notifications/read-all", Map.of()));
    assertThat(api.unread(asker)).isZero();
  }

  @Test
  void aMemberCannotMarkAnotherMembersNotificationRead() {
    TestMember asker = api.veteran();
    long topic = api.question(asker, NotificationsApi.unique("Ikke din"));
    api.reply(api.veteran(), topic, "Svar.");
    eventually(() -> api.unread(asker) == 1);
    Number id = (Number) api.notifications(asker).get(0).get("id");

    var refusal =
        api.refusal(
            api.veteran(), HttpRequest.POST("/api/v1/notifications/" + id + "/read", Map.of()));

    assertThat(refusal.getStatus().getCode()).isEqualTo(404);
    assertThat(api.unread(asker)).isEqualTo(1);
  }
}
