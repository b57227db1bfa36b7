package no.helsebro.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GenerationCacheTest {

  private final AtomicLong clock = new AtomicLong(1_000);
  private final AtomicInteger loads = new AtomicInteger();
  private final GenerationCache<String, String> cache = new GenerationCache<>(3, 100, clock::get);

  private String load(String key, long generation) {
    return cache.get(key, generation, g -> key + "@" + g + "#" + loads.incrementAndGet());
  }

  @Test
  void anEntryIsServedAgainWhileTheGenerationIsUnchanged() {
    assertThat(load("a", 1)).isEqualTo("a@1#1");
    assertThat(load("a", 1)).isEqualTo("a@1#1");
    assertThat(loads).hasValue(1);
  }

  @Test
  void aNewGenerationLoadsTheEntryAnew() {
    load("a", 1);
    assertThat(load("a", 2)).isEqualTo("a@2#2");
  }

  @Test
  void anEntryOlderThanTheMaximumAgeIsLoadedAnewInTheSameGeneration() {
    load("a", 1);
    clock.addAndGet(100);
    assertThat(load("a", 1)).isEqualTo("a@1#1");
    clock.addAndGet(1);
    assertThat(load("a", 1)).isEqualTo("a@1#2");
  }

  @Test
  void aFullCacheIsClearedBeforeTheNextEntryGoesIn() {
    load("a", 1);
    load("b", 1);
    load("c", 1);
    assertThat(cache.size()).isEqualTo(3);
    load("d", 1);
    assertThat(cache.size()).isEqualTo(1);
    assertThat(load("a", 1)).isEqualTo("a@1#5");
  }
}
