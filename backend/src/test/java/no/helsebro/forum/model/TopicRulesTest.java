package no.helsebro.forum.model;

import static org.assertj.core.api.Assertions.assertThat;

import no.helsebro.forum.model.TopicRules.Refusal;
import org.junit.jupiter.api.Test;

class TopicRulesTest {

  private static final Viewer AUTHOR = new Viewer(1, false);
  private static final Viewer OTHER = new Viewer(2, false);
  private static final Viewer COORDINATOR = new Viewer(3, true);

  @Test
  void aMemberRepliesToAnOpenVisibleTopic() {
    assertThat(TopicRules.replyRefusal(OTHER, false, true, false, false)).isEmpty();
  }

  @Test
  void aMergedTopicTakesNoRepliesFromAnyone() {
    assertThat(TopicRules.replyRefusal(COORDINATOR, true, true, false, false))
        .contains(Refusal.NOT_FOUND);
  }

  @Test
  void aLockedTopicRefusesBeforeAClosedOneButNotForCoordinators() {
    assertThat(TopicRules.replyRefusal(OTHER, false, true, true, true)).contains(Refusal.LOCKED);
    assertThat(TopicRules.replyRefusal(OTHER, false, true, false, true)).contains(Refusal.CLOSED);
    assertThat(TopicRules.replyRefusal(COORDINATOR, false, false, true, true)).isEmpty();
    assertThat(TopicRules.replyRefusal(OTHER, false, false, false, false))
        .contains(Refusal.NOT_FOUND);
  }

  @Test
  void onlyTheAuthorOrACoordinatorEditsAPost() {
    assertThat(TopicRules.editRefusal(OTHER, 1L, false, false, false, false))
        .contains(Refusal.NOT_PERMITTED);
    assertThat(TopicRules.editRefusal(AUTHOR, 1L, false, false, false, false)).isEmpty();
    assertThat(TopicRules.editRefusal(COORDINATOR, 1L, true, true, true, true)).isEmpty();
  }

  @Test
  void theAuthorCannotEditARemovedPostOrInALockedTopic() {
    assertThat(TopicRules.editRefusal(AUTHOR, 1L, true, false, false, false))
        .contains(Refusal.NOT_EDITABLE);
    assertThat(TopicRules.editRefusal(AUTHOR, 1L, false, true, false, false))
        .contains(Refusal.NOT_EDITABLE);
    assertThat(TopicRules.editRefusal(AUTHOR, 1L, false, false, true, false))
        .contains(Refusal.NOT_EDITABLE);
    assertThat(TopicRules.editRefusal(AUTHOR, 1L, false, false, false, true))
        .contains(Refusal.LOCKED);
  }

  @Test
  void deletingAndAcceptingAreForTheAuthorOrACoordinator() {
    assertThat(TopicRules.mayDelete(AUTHOR, 1L)).isTrue();
    assertThat(TopicRules.mayDelete(OTHER, 1L)).isFalse();
    assertThat(TopicRules.mayDelete(COORDINATOR, 1L)).isTrue();
    assertThat(TopicRules.mayAccept(AUTHOR, 1L)).isTrue();
    assertThat(TopicRules.mayAccept(OTHER, 1L)).isFalse();
    assertThat(TopicRules.mayAccept(COORDINATOR, null)).isTrue();
  }
}
