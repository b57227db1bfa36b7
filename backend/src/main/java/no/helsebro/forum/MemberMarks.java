package no.helsebro.forum;

/**
 * A member's mark on something of the forum (following a topic, category or tag, a bookmark): one
 * row per member and thing, set or cleared. Each follow and bookmark repository implements it.
 */
interface MemberMarks {

  /** Sets the mark; setting it twice keeps one row. */
  void add(long memberId, long id);

  /** Clears the mark; clearing a mark that is not set changes nothing. */
  void remove(long memberId, long id);

  default void set(long memberId, long id, boolean on) {
    if (on) {
      add(memberId, id);
    } else {
      remove(memberId, id);
    }
  }
}
