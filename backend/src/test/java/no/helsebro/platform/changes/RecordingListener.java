package no.helsebro.platform.changes;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every {@link TestChanged} this node's tailer hands it, in order. */
@Singleton
public class RecordingListener implements ChangeListener {

  private final List<FeedEntry<TestChanged>> seen = new CopyOnWriteArrayList<>();

  @Override
  public Set<Class<? extends FeedEvent>> events() {
    return Set.of(TestChanged.class);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void onChange(FeedEntry<? extends FeedEvent> entry) {
    seen.add((FeedEntry<TestChanged>) entry);
  }

  /** The numbers of one run's events, in the order they were handed on. */
  public List<Integer> numbers(String run) {
    return seen.stream().filter(e -> e.event().run().equals(run)).map(e -> e.event().n()).toList();
  }

  public List<FeedEntry<TestChanged>> entries(String run) {
    return seen.stream().filter(e -> e.event().run().equals(run)).toList();
  }
}
