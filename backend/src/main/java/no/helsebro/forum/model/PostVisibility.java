package no.helsebro.forum.model;

/**
 * Who sees what: a deleted post's text is gone for everyone but coordinators; a hidden post (by
 * moderation) stays readable for its author and coordinators; a hidden topic likewise.
 */
public final class PostVisibility {

  private PostVisibility() {}

  /** Whether everybody sees the post whole (so one shared copy serves every member). */
  public static boolean wholeForEveryone(boolean deleted, boolean hidden) {
    return !deleted && !hidden;
  }

  /** Whether the viewer sees the post's text (otherwise the post shows as removed). */
  public static boolean bodyShown(Viewer viewer, Long authorId, boolean deleted, boolean hidden) {
    return wholeForEveryone(deleted, hidden)
        || viewer.coordinator()
        || (viewer.isAuthor(authorId) && !deleted);
  }

  /** Whether the viewer may open the topic at all (a hidden topic: its author and coordinators). */
  public static boolean topicReadable(Viewer viewer, Long topicAuthorId, boolean topicVisible) {
    return topicVisible || viewer.isAuthor(topicAuthorId) || viewer.coordinator();
  }

  /**
   * Whether the viewer may read the post's Markdown source: coordinators always; others not when it
   * is deleted, and a hidden post or a post in a hidden topic only when it is their own.
   */
  public static boolean sourceReadable(
      Viewer viewer, Long postAuthorId, boolean topicVisible, boolean deleted, boolean hidden) {
    if (viewer.coordinator()) {
      return true;
    }
    boolean own = viewer.isAuthor(postAuthorId);
    return (topicVisible || own) && !deleted && (!hidden || own);
  }
}
