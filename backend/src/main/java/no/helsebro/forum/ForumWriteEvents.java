package no.helsebro.forum;

import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberStatus;
import no.helsebro.accounts.MemberSummary;
import no.helsebro.platform.changes.ChangeEvents;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.changes.FeedEvent;

/**
 * Events that several writes share: members newly mentioned in a post, tags newly created; and
 * publishing an event both in this process and on the change feed.
 */
@Singleton
class ForumWriteEvents {

  private final ChangeEvents events;
  private final ChangeFeed feed;

  private final MemberDirectory members;

  ForumWriteEvents(ChangeEvents events, ChangeFeed feed, MemberDirectory members) {
    this.members = members;
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
        members.summaries(fresh).values().stream()
            .filter(m -> m.status() == MemberStatus.ACTIVE)
            .map(MemberSummary::id)
            .sorted()
            .toList();
    if (!real.isEmpty()) {
      publish(new MembersMentioned(topicId, postId, authorId, new LinkedHashSet<>(real)));
    }
  }

  /** Publishes {@code event} to this process's listeners, then writes it to the change feed. */
  void publish(FeedEvent event) {
    events.publish(event);
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
