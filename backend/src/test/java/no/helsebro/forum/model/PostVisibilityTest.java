package no.helsebro.forum.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostVisibilityTest {

  private static final Viewer AUTHOR = new Viewer(1, false);
  private static final Viewer OTHER = new Viewer(2, false);
  private static final Viewer COORDINATOR = new Viewer(3, true);

  @Test
  void aPostNeitherDeletedNorHiddenIsWholeForEveryone() {
    assertThat(PostVisibility.wholeForEveryone(false, false)).isTrue();
    assertThat(PostVisibility.wholeForEveryone(true, false)).isFalse();
    assertThat(PostVisibility.wholeForEveryone(false, true)).isFalse();
  }

  @Test
  void aHiddenPostsTextIsShownToItsAuthorAndCoordinatorsOnly() {
    assertThat(PostVisibility.bodyShown(AUTHOR, 1L, false, true)).isTrue();
    assertThat(PostVisibility.bodyShown(COORDINATOR, 1L, false, true)).isTrue();
    assertThat(PostVisibility.bodyShown(OTHER, 1L, false, true)).isFalse();
  }

  @Test
  void aDeletedPostsTextIsShownToCoordinatorsOnly() {
    assertThat(PostVisibility.bodyShown(AUTHOR, 1L, true, false)).isFalse();
    assertThat(PostVisibility.bodyShown(OTHER, 1L, true, false)).isFalse();
    assertThat(PostVisibility.bodyShown(COORDINATOR, 1L, true, false)).isTrue();
  }

  @Test
  void aPostWhoseAuthorIsGoneIsNobodysOwn() {
    assertThat(PostVisibility.bodyShown(AUTHOR, null, false, true)).isFalse();
  }

  @Test
  void aHiddenTopicIsReadableByItsAuthorAndCoordinatorsOnly() {
    assertThat(PostVisibility.topicReadable(OTHER, 1L, true)).isTrue();
    assertThat(PostVisibility.topicReadable(AUTHOR, 1L, false)).isTrue();
    assertThat(PostVisibility.topicReadable(COORDINATOR, 1L, false)).isTrue();
    assertThat(PostVisibility.topicReadable(OTHER, 1L, false)).isFalse();
  }

  @Test
  void theSourceOfADeletedPostIsForCoordinatorsOnly() {
    assertThat(PostVisibility.sourceReadable(AUTHOR, 1L, true, true, false)).isFalse();
    assertThat(PostVisibility.sourceReadable(COORDINATOR, 1L, true, true, false)).isTrue();
  }

  @Test
  void theSourceOfAHiddenPostOrAPostInAHiddenTopicIsForItsAuthor() {
    assertThat(PostVisibility.sourceReadable(AUTHOR, 1L, true, false, true)).isTrue();
    assertThat(PostVisibility.sourceReadable(OTHER, 1L, true, false, true)).isFalse();
    assertThat(PostVisibility.sourceReadable(AUTHOR, 1L, false, false, false)).isTrue();
    assertThat(PostVisibility.sourceReadable(OTHER, 1L, false, false, false)).isFalse();
    assertThat(PostVisibility.sourceReadable(OTHER, 1L, true, false, false)).isTrue();
  }
}
