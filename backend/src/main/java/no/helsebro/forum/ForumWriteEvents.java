package no.helsebro.forum;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;

/** Events that several writes share: members newly mentioned in a post, tags newly created. */
@Singleton
class ForumWriteEvents {

  private final JdbcQueries db;
  private final ApplicationEventPublisher<Object> events;
  private final ChangeFeed feed;

  ForumWriteEvents(JdbcQueries db, ApplicationEventPublisher<Object> events, ChangeFeed feed) {
    this.db = db;
    this.events = events;
    this.feed = feed;
  }

  /**
   * Publishes {@link MembersMentioned} for the members mentioned {@code now} but not {@code
   * before}, leaving out the author and any member not active.
   */
  void mentions(long topicId, long postId, long authorId, Set<Long> now, Set<Long> before) {
    Set<Long> fresh = new LinkedHashSet<>(now);
    fresh.removeAll(before);
    fresh.remove(authorId);
    if (fresh.isEmpty()) {
      return;
    }
    // Only real, active members count as mentioned.
    List<Long> real =
        db.list(
            "SELECT id FROM members WHERE status = 'ACTIVE' AND id IN ("
                + JdbcQueries.marks(fresh.size())
                + ")",
            rs -> rs.getLong(1),
            fresh.toArray());
    if (!real.isEmpty()) {
      MembersMentioned mentioned =
          new MembersMentioned(topicId, postId, authorId, new LinkedHashSet<>(real));
      events.publishEvent(mentioned);
      feed.publish(mentioned);
    }
  }

  void newTags(List<Long> created) {
    if (!created.isEmpty()) {
      feed.publish(new TagsChanged(List.copyOf(created)));
    }
  }

  static Set<Long> union(Set<Long> a, Set<Long> b) {
    Set<Long> u = new LinkedHashSet<>(a);
    u.addAll(b);
    return u;
  }
}
