package no.helsebro.forum.model;

import java.util.Optional;

/** What a member may do on a topic as it stands: reply, edit, accept an answer. */
public final class TopicRules {

  private TopicRules() {}

  /** Why a topic refuses something; the services answer each in their own words. */
  public enum Refusal {
    /** Merged away, or hidden from the member: as if it did not exist. */
    NOT_FOUND,
    LOCKED,
    CLOSED,
    /** Not the member's to do (not the author, not the asker). */
    NOT_PERMITTED,
    /** The post is deleted or hidden, or its topic merged. */
    NOT_EDITABLE
  }

  /** Why the viewer may not reply to the topic; empty when they may. Coordinators always may. */
  public static Optional<Refusal> replyRefusal(
      Viewer viewer, boolean merged, boolean visible, boolean locked, boolean closed) {
    if (merged || (!visible && !viewer.coordinator())) {
      return Optional.of(Refusal.NOT_FOUND);
    }
    if (viewer.coordinator()) {
      return Optional.empty();
    }
    if (locked) {
      return Optional.of(Refusal.LOCKED);
    }
    return closed ? Optional.of(Refusal.CLOSED) : Optional.empty();
  }

  /**
   * Why the viewer may not edit the post; empty when they may. The author edits while the post is
   * up and the topic unlocked; a coordinator edits any post.
   */
  public static Optional<Refusal> editRefusal(
      Viewer viewer,
      Long postAuthorId,
      boolean deleted,
      boolean hidden,
      boolean topicMerged,
      boolean topicLocked) {
    if (viewer.coordinator()) {
      return Optional.empty();
    }
    if (!viewer.isAuthor(postAuthorId)) {
      return Optional.of(Refusal.NOT_PERMITTED);
    }
    if (deleted || hidden || topicMerged) {
      return Optional.of(Refusal.NOT_EDITABLE);
    }
    return topicLocked ? Optional.of(Refusal.LOCKED) : Optional.empty();
  }

  /** Whether the viewer may delete the post: its author or a coordinator. */
  public static boolean mayDelete(Viewer viewer, Long postAuthorId) {
    return viewer.isAuthor(postAuthorId) || viewer.coordinator();
  }

  /** Whether the viewer may accept an answer on the question: its asker or a coordinator. */
  public static boolean mayAccept(Viewer viewer, Long askerId) {
    return viewer.isAuthor(askerId) || viewer.coordinator();
  }
}
