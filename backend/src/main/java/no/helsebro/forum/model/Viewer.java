package no.helsebro.forum.model;

/**
 * The member a rule is decided for.
 *
 * @param memberId the member's id
 * @param coordinator whether the member is a coordinator (sees and may do more)
 */
public record Viewer(long memberId, boolean coordinator) {

  /** Whether the member wrote what {@code authorId} names (false for a deleted author). */
  public boolean isAuthor(Long authorId) {
    return authorId != null && authorId == memberId;
  }
}
