package no.helsebro.platform.changes;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener that keeps its position across restarts, as a search index on disk does: the test
 * tells it where it left off ({@code test.feed.resume-after}).
 */
@Singleton
@Requires(property = "test.feed.resume-after")
public class DurableListener implements ChangeListener {

  private final long resumeAfter;
  private final List<TestChanged> seen = new CopyOnWriteArrayList<>();
  private final AtomicInteger rebuilds = new AtomicInteger();

  DurableListener(@Value("${test.feed.resume-after}") long resumeAfter) {
    this.resumeAfter = resumeAfter;
  }

  @Override
  public Set<Class<? extends FeedEvent>> events() {
    return Set.of(TestChanged.class);
  }

  @Override
  public OptionalLong resumeAfter() {
    return OptionalLong.of(resumeAfter);
  }

  @Override
  public void onChange(FeedEntry<? extends FeedEvent> entry) {
    seen.add((TestChanged) entry.event());
  }

  @Override
  public void onMissedEvents() {
    rebuilds.incrementAndGet();
  }

  public List<Integer> numbers(String run) {
    return seen.stream().filter(e -> e.run().equals(run)).map(TestChanged::n).toList();
  }

  public int rebuilds() {
    return rebuilds.get();
  }
}
