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
  void aNewTopicWithAFollowedTagNotifiesItsFollowersOnceEvenWithTwoFollowedTags() {
    TestMember follower = api.veteran();
    String first = NotificationsApi.unique("utskrift").replace(' ', '-');
    String second = NotificationsApi.unique("pleieplan").replace(' ', '-');
    api.question(api.veteran(), NotificationsApi.unique("Merker"), first, second);
    for (String tag : new String[] {first, second}) {
      api.send(
          follower, HttpRequest.PUT("/api/v1/tags/" + api.tagId(tag) + "/following", Map.of()));
    }
    assertThat(api.getList(follower, "/api/v1/tags/following"))
        .extracting(t -> t.get("name"))
        .containsExactlyInAnyOrder(first, second);
    String title = NotificationsApi.unique("Ny med stikkord");

    long topic = api.question(api.veteran(), title, first, second);

    eventually(
        () -> api.notifications(follower).stream().anyMatch(n -> title.equals(n.get("title"))));
    assertThat(api.notifications(follower)).hasSize(1);
    assertThat(api.notifications(follower).get(0))
        .containsEntry("type", "TOPIC_WITH_FOLLOWED_TAG")
        .containsEntry("kind", "FOLLOWED_CATEGORIES")
        .containsEntry("link", "/forum/t/" + topic);
  }

  @Test
  void aTagNoLongerFollowedNotifiesNobody() throws InterruptedException {
    TestMember follower = api.veteran();
    String tag = NotificationsApi.unique("vaktbok").replace(' ', '-');
    api.question(api.veteran(), NotificationsApi.unique("Første"), tag);
    long tagId = api.tagId(tag);
    api.send(follower, HttpRequest.PUT("/api/v1/tags/" + tagId + "/following", Map.of()));
    api.send(follower, HttpRequest.DELETE("/api/v1/tags/" + tagId + "/following"));
    assertThat(api.getList(follower, "/api/v1/tags/following")).isEmpty();

    TestMember asker = api.veteran();
    String title = NotificationsApi.unique("Andre");
    long topic = api.question(asker, title, tag);
    // The asker's own reply to the new topic is a marker: once it has been handled, so has the
    // topic before it (the fan-out handles events in feed order).
    api.reply(api.veteran(), topic, "Et svar.");
    eventually(() -> api.unread(asker) == 1);
    assertThat(api.notifications(follower)).noneMatch(n -> title.equals(n.get("title")));
  }

  @Test
  void followingAnUnknownTagIsNotFoundAndAGuestIsRefused() {
    TestMember member = api.veteran();
    assertThat(
            api.refusal(member, HttpRequest.PUT("/api/v1/tags/987654321/following", Map.of()))
                .getStatus()
                .getCode())
        .isEqualTo(404);
    assertThat(
            api.refusal(null, HttpRequest.PUT("/api/v1/tags/1/following", Map.of()))
                .getStatus()
                .getCode())
        .isEqualTo(401);
    assertThat(api.refusal(null, HttpRequest.GET("/api/v1/tags/following")).getStatus().getCode())
        .isEqualTo(401);
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
