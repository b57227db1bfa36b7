package no.helsebro.forum.model;

import java.util.Optional;
import no.helsebro.forum.TopicKind;

/**
 * What each topic kind requires and allows: a story has sections (context and what was done
 * required) and follow-ups by its author; a training resource has a format and a link; only a
 * question has an accepted answer; only replies can be marked helpful; only training resources
 * count uses.
 */
public final class KindRules {

  private KindRules() {}

  /** Whether topics of the kind carry story sections, an organisation size and a duration. */
  public static boolean hasStoryDetails(TopicKind kind) {
    return kind == TopicKind.STORY;
  }

  /** Whether topics of the kind carry a training format, audiences and a link. */
  public static boolean hasTrainingDetails(TopicKind kind) {
    return kind == TopicKind.TRAINING;
  }

  /**
   * The first field a new topic of the kind lacks, by its API name ({@code story.context}, {@code
   * body}, {@code trainingFormat}, ...); empty when it has all it needs.
   */
  public static Optional<String> missingOnCreate(
      TopicKind kind,
      String body,
      boolean storyGiven,
      String storyContext,
      String storyWhatWeDid,
      boolean hasTrainingFormat,
      boolean hasLink) {
    if (kind == TopicKind.STORY) {
      if (!storyGiven || blank(storyContext)) {
        return Optional.of("story.context");
      }
      if (blank(storyWhatWeDid)) {
        return Optional.of("story.whatWeDid");
      }
      return Optional.empty();
    }
    if (blank(body)) {
      return Optional.of("body");
    }
    if (kind == TopicKind.TRAINING) {
      if (!hasTrainingFormat) {
        return Optional.of("trainingFormat");
      }
      if (!hasLink) {
        return Optional.of("linkUrl");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an edited post needs a non-blank body: every post but a story's opening post (whose
   * sections carry the text).
   */
  public static boolean bodyRequiredOnEdit(TopicKind kind, boolean openingPost) {
    return kind != TopicKind.STORY || !openingPost;
  }

  /** Whether an edit of the post carries story sections (a story's opening post). */
  public static boolean editHasSections(TopicKind kind, boolean openingPost) {
    return openingPost && kind == TopicKind.STORY;
  }

  /** The first required story section an edit leaves blank; empty when both are there. */
  public static Optional<String> missingSectionOnEdit(String storyContext, String storyWhatWeDid) {
    if (blank(storyContext)) {
      return Optional.of("story.context");
    }
    return blank(storyWhatWeDid) ? Optional.of("story.whatWeDid") : Optional.empty();
  }

  /** Whether the kind takes dated follow-ups (from the author only). */
  public static boolean takesFollowUps(TopicKind kind) {
    return kind == TopicKind.STORY;
  }

  /** Whether the kind has an accepted answer. */
  public static boolean hasAcceptedAnswer(TopicKind kind) {
    return kind == TopicKind.QUESTION;
  }

  /** Whether the kind counts the members who used it. */
  public static boolean countsUses(TopicKind kind) {
    return kind == TopicKind.TRAINING;
  }

  /** Whether a post can be marked helpful: replies only, not the opening post. */
  public static boolean canBeMarkedHelpful(int postNumber) {
    return postNumber > 1;
  }

  /** Whether a post may be accepted as the answer: a reply everybody sees. */
  public static boolean acceptable(int postNumber, boolean deleted, boolean hidden) {
    return postNumber > 1 && PostVisibility.wholeForEveryone(deleted, hidden);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
