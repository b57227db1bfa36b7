package no.helsebro.forum;

/**
 * What a creating request made: the id, and whether it repeated an earlier request. {@code topicId}
 * and {@code postNumber} are known for a new reply (0 otherwise, and for a replayed request), so
 * the answer needs no further query.
 */
record Created(long id, boolean replayed, long topicId, int postNumber) {
  Created(long id, boolean replayed) {
    this(id, replayed, 0, 0);
  }
}
