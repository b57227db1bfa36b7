package no.helsebro.forum.model;

import static org.assertj.core.api.Assertions.assertThat;

import no.helsebro.forum.TopicKind;
import org.junit.jupiter.api.Test;

class KindRulesTest {

  @Test
  void aNewStoryNeedsItsContextFirstThenWhatWasDone() {
    assertThat(KindRules.missingOnCreate(TopicKind.STORY, "", false, null, null, false, false))
        .contains("story.context");
    assertThat(KindRules.missingOnCreate(TopicKind.STORY, "", true, " ", "did", false, false))
        .contains("story.context");
    assertThat(KindRules.missingOnCreate(TopicKind.STORY, "", true, "ctx", "", false, false))
        .contains("story.whatWeDid");
    assertThat(KindRules.missingOnCreate(TopicKind.STORY, null, true, "ctx", "did", false, false))
        .isEmpty();
  }

  @Test
  void aNewQuestionOrDiscussionNeedsABody() {
    assertThat(KindRules.missingOnCreate(TopicKind.QUESTION, " ", false, null, null, false, false))
        .contains("body");
    assertThat(
            KindRules.missingOnCreate(TopicKind.DISCUSSION, "x", false, null, null, false, false))
        .isEmpty();
  }

  @Test
  void aNewTrainingResourceNeedsAFormatThenALink() {
    assertThat(KindRules.missingOnCreate(TopicKind.TRAINING, "x", false, null, null, false, false))
        .contains("trainingFormat");
    assertThat(KindRules.missingOnCreate(TopicKind.TRAINING, "x", false, null, null, true, false))
        .contains("linkUrl");
    assertThat(KindRules.missingOnCreate(TopicKind.TRAINING, "x", false, null, null, true, true))
        .isEmpty();
  }

  @Test
  void onlyAStorysOpeningPostMayHaveABlankBodyWhenEdited() {
    assertThat(KindRules.bodyRequiredOnEdit(TopicKind.STORY, true)).isFalse();
    assertThat(KindRules.bodyRequiredOnEdit(TopicKind.STORY, false)).isTrue();
    assertThat(KindRules.bodyRequiredOnEdit(TopicKind.QUESTION, true)).isTrue();
    assertThat(KindRules.editHasSections(TopicKind.STORY, true)).isTrue();
    assertThat(KindRules.editHasSections(TopicKind.STORY, false)).isFalse();
  }

  @Test
  void anEditedStoryKeepsItsRequiredSections() {
    assertThat(KindRules.missingSectionOnEdit("", "did")).contains("story.context");
    assertThat(KindRules.missingSectionOnEdit("ctx", null)).contains("story.whatWeDid");
    assertThat(KindRules.missingSectionOnEdit("ctx", "did")).isEmpty();
  }

  @Test
  void eachKindHasItsOwnExtras() {
    assertThat(KindRules.takesFollowUps(TopicKind.STORY)).isTrue();
    assertThat(KindRules.takesFollowUps(TopicKind.QUESTION)).isFalse();
    assertThat(KindRules.hasAcceptedAnswer(TopicKind.QUESTION)).isTrue();
    assertThat(KindRules.hasAcceptedAnswer(TopicKind.DISCUSSION)).isFalse();
    assertThat(KindRules.countsUses(TopicKind.TRAINING)).isTrue();
    assertThat(KindRules.countsUses(TopicKind.STORY)).isFalse();
  }

  @Test
  void onlyARepliesEverybodySeesCanBeAcceptedOrMarkedHelpful() {
    assertThat(KindRules.canBeMarkedHelpful(1)).isFalse();
    assertThat(KindRules.canBeMarkedHelpful(2)).isTrue();
    assertThat(KindRules.acceptable(2, false, false)).isTrue();
    assertThat(KindRules.acceptable(1, false, false)).isFalse();
    assertThat(KindRules.acceptable(2, true, false)).isFalse();
    assertThat(KindRules.acceptable(2, false, true)).isFalse();
  }
}
