package no.helsebro.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import no.helsebro.forum.PostHidden;
import no.helsebro.forum.PostRestored;
import no.helsebro.testing.FeedProbe;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/** Flags and review decisions are on the change feed; refused ones are not. */
@MicronautTest(transactional = false)
class ModerationFeedEventsTest {

  @Inject ModerationApi api;
  @Inject FeedProbe feed;
  @Inject ModerationConfig config;

  @Test
  void flaggingAPostPublishesPostFlagged() {
    TestMember flagger = api.newcomer();
    long[] post = api.flaggableReply(api.veteran());
    long mark = feed.mark();

    api.flag(flagger, post[1], "SPAM");

    assertThat(feed.since(mark, PostFlagged.class))
        .containsExactly(new PostFlagged(post[1], post[0], flagger.id(), FlagReason.SPAM));
  }

  @Test
  void flaggingOnesOwnPostIsRefusedAndPublishesNothing() {
    TestMember author = api.veteran();
    long[] post = api.flaggableReply(author);
    long mark = feed.mark();

    api.refusal(
        author, HttpRequest.POST("/api/v1/posts/" + post[1] + "/flags", Map.of("reason", "SPAM")));

    assertThat(feed.typesAbout(mark, post[0])).isEmpty();
  }

  @Test
  void enoughTrustedFlagsHideThePostWithNoCoordinatorNamed() {
    TestMember author = api.veteran();
    long[] post = api.flaggableReply(author);
    long mark = feed.mark();

    for (int i = 0; i < config.getHideThreshold(); i++) {
      api.flag(api.veteran(), post[1], "OFFENSIVE");
    }

    assertThat(feed.since(mark, PostHidden.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.postId()).isEqualTo(post[1]);
              assertThat(e.topicId()).isEqualTo(post[0]);
              assertThat(e.authorId()).isEqualTo(author.id());
              assertThat(e.byId()).isNull();
            });
    assertThat(feed.since(mark, PostFlagged.class)).hasSize(config.getHideThreshold());
  }

  @Test
  void upholdingFlagsPublishesReviewDecidedHiddenWithThePostHidden() {
    TestMember author = api.veteran();
    TestMember coordinator = api.coordinator();
    long[] post = api.flaggableReply(author);
    api.flag(api.newcomer(), post[1], "SPAM");
    long mark = feed.mark();

    api.send(
        coordinator,
        HttpRequest.POST("/api/v1/moderation/queue/" + post[1] + "/hide", Map.of("reason", "Ja")));

    assertThat(feed.since(mark, ReviewDecided.class))
        .containsExactly(
            new ReviewDecided(
                post[1], post[0], author.id(), ReviewDecided.Decision.HIDDEN, coordinator.id()));
    assertThat(feed.since(mark, PostHidden.class))
        .extracting(PostHidden::postId)
        .containsExactly(post[1]);
  }

  @Test
  void restoringAHiddenPostFromTheQueuePublishesReviewDecidedRestoredOnce() {
    TestMember author = api.veteran();
    TestMember coordinator = api.coordinator();
    long[] post = api.flaggableReply(author);
    for (int i = 0; i < config.getHideThreshold(); i++) {
      api.flag(api.veteran(), post[1], "OFFENSIVE");
    }
    long mark = feed.mark();

    api.send(
        coordinator,
        HttpRequest.POST("/api/v1/moderation/queue/" + post[1] + "/restore", Map.of()));

    assertThat(feed.since(mark, ReviewDecided.class))
        .containsExactly(
            new ReviewDecided(
                post[1], post[0], author.id(), ReviewDecided.Decision.RESTORED, coordinator.id()));
    assertThat(feed.since(mark, PostRestored.class))
        .extracting(PostRestored::postId)
        .containsExactly(post[1]);
  }

  @Test
  void dismissingFlagsOnAVisiblePostPublishesReviewDecidedDismissed() {
    TestMember author = api.veteran();
    TestMember coordinator = api.coordinator();
    long[] post = api.flaggableReply(author);
    api.flag(api.newcomer(), post[1], "SPAM");
    long mark = feed.mark();

    api.send(
        coordinator,
        HttpRequest.POST("/api/v1/moderation/queue/" + post[1] + "/restore", Map.of()));
    api.refusal(
        coordinator,
        HttpRequest.POST("/api/v1/moderation/queue/" + post[1] + "/restore", Map.of()));

    assertThat(feed.since(mark, ReviewDecided.class))
        .containsExactly(
            new ReviewDecided(
                post[1], post[0], author.id(), ReviewDecided.Decision.DISMISSED, coordinator.id()));
  }

  @Test
  void restoringAFlaggedPostFromTheTopicPageDecidesItsFlags() {
    TestMember author = api.veteran();
    TestMember coordinator = api.coordinator();
    long[] post = api.flaggableReply(author);
    for (int i = 0; i < config.getHideThreshold(); i++) {
      api.flag(api.veteran(), post[1], "OFFENSIVE");
    }
    long mark = feed.mark();

    api.send(coordinator, HttpRequest.POST("/api/v1/posts/" + post[1] + "/restore", Map.of()));

    assertThat(feed.since(mark, ReviewDecided.class))
        .containsExactly(
            new ReviewDecided(
                post[1], post[0], author.id(), ReviewDecided.Decision.RESTORED, coordinator.id()));
  }
}
