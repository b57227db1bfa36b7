package no.helsebro.forum;

import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import no.helsebro.accounts.MemberAccessChanged;
import no.helsebro.accounts.MemberDeleted;
import no.helsebro.platform.changes.CacheListener;
import no.helsebro.platform.changes.FeedEntry;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.profiles.TaxonomyChanged;

/**
 * A generation number of what the forum's shared read caches show (docs/adr/0207), raised by every
 * change feed event that changes a list, a topic head or a page of posts: the forum's own writes,
 * and a member renamed or deleted, a taxonomy term renamed. This node's own events raise it when
 * their transaction commits (before the writer's answer leaves), other nodes' events when this
 * node's tailer reads them. A cache entry is used only while the generation is the one it was read
 * at; a read that began before the change's commit carries the older generation, so it is never
 * served after the change is seen. Changes no cached view shows (reading state, drafts, follows,
 * bookmarks, mentions) have no event here and leave it alone.
 */
@Singleton
class ForumChanges implements CacheListener {

  private static final Set<Class<? extends FeedEvent>> EVENTS =
      Set.of(
          TopicCreated.class,
          ReplyPosted.class,
          StoryFollowUpPosted.class,
          PostEdited.class,
          PostHidden.class,
          PostRestored.class,
          PostDeleted.class,
          TopicChanged.class,
          TopicMerged.class,
          AnswerAccepted.class,
          PostRecognised.class,
          TrainingResourceUsed.class,
          CategoryChanged.class,
          TagsChanged.class,
          MemberAccessChanged.class,
          MemberDeleted.class,
          TaxonomyChanged.class);

  private final AtomicLong generation = new AtomicLong();

  long generation() {
    return generation.get();
  }

  @Override
  public Set<Class<? extends FeedEvent>> events() {
    return EVENTS;
  }

  @Override
  public void onChange(FeedEntry<? extends FeedEvent> entry) {
    if (entry.event() instanceof MemberAccessChanged changed
        && changed.what() != MemberAccessChanged.What.RENAMED) {
      return;
    }
    generation.incrementAndGet();
  }
}
