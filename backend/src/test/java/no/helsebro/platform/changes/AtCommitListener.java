package no.helsebro.platform.changes;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Like {@link RecordingListener}, but wants this node's own events when they commit. */
@Singleton
public class AtCommitListener implements ChangeListener {

  private final List<FeedEntry<TestChanged>> seen = new CopyOnWriteArrayList<>();

  @Override
  public Set<Class<? extends FeedEvent>> events() {
    return Set.of(TestChanged.class);
  }

  @Override
  public boolean ownEventsAtCommit() {
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void onChange(FeedEntry<? extends FeedEvent> entry) {
    seen.add((FeedEntry<TestChanged>) entry);
  }

  public List<Integer> numbers(String run) {
    return seen.stream().filter(e -> e.event().run().equals(run)).map(e -> e.event().n()).toList();
  }
}
