// Over 400 lines: the indexing thread (catch up, apply, rebuild, recover) shares its state.
package no.helsebro.search;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.helsebro.accounts.MemberActivated;
import no.helsebro.accounts.MemberDeleted;
import no.helsebro.accounts.MemberSuspended;
import no.helsebro.forum.AnswerAccepted;
import no.helsebro.forum.CategoryChanged;
import no.helsebro.forum.ForumSearchSource;
import no.helsebro.forum.PostDeleted;
import no.helsebro.forum.PostEdited;
import no.helsebro.forum.PostHidden;
import no.helsebro.forum.PostRestored;
import no.helsebro.forum.ReplyPosted;
import no.helsebro.forum.StoryFollowUpPosted;
import no.helsebro.forum.TagsChanged;
import no.helsebro.forum.TopicChanged;
import no.helsebro.forum.TopicCreated;
import no.helsebro.forum.TopicMerged;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.changes.ChangeListener;
import no.helsebro.platform.changes.FeedEntry;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.config.HelsebroHome;
import no.helsebro.platform.jobs.NodeLoop;
import no.helsebro.profiles.TaxonomyChanged;
import no.helsebro.profiles.TaxonomyKind;
import no.helsebro.profiles.TaxonomyService;
import no.helsebro.search.analysis.SearchAnalyzers;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's search index on local disk, kept up to date from the change feed (docs/adr/0450).
 * Events name the topics (or members) that changed; one indexing thread re-reads those topics
 * through the forum's {@link ForumSearchSource} and rewrites them, so the index follows the
 * database whatever the order of events. It commits at most every few seconds with the feed
 * position it includes and resumes there after a restart. A missing index, one of another format or
 * dictionary, or one that missed pruned events is rebuilt in the background: the node starts at
 * once and searches find more as the rebuild goes.
 */
// Off only for one-off commands run beside a server that holds the index
// (CreateCoordinatorCommand).
@Requires(property = "helsebro.search.enabled", notEquals = "false")
@Singleton
class SearchIndex implements ChangeListener {

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
  private static final int REBUILD_BATCH = 500;
  private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);

  /**
   * How long changes arriving in a stream are gathered before they are written and made searchable
   * (the goal: searchable on every node within 2 s). Each reply rewrote its whole topic and
   * refreshed the index on its own: a third of the JVM's CPU in the reply benchmark
   * (bench/results/search.md, "The indexer under a reply stream").
   */
  private static final Duration APPLY_EVERY = Duration.ofMillis(500);

  private static final int MAX_BATCH = 1000;

  private final ForumSearchSource source;
  private final TaxonomyService taxonomies;
  private final ChangeFeed feed;
  private final SearchAnalyzers analyzers;
  private final Path directory;
  private final int facetSample;
  private final int resultCache;
  private final int fuzzyWords;
  private final LinkedBlockingQueue<Work> queue = new LinkedBlockingQueue<>();
  private final NodeLoop loop;
  private volatile SearchEngine engine;
  private volatile boolean rebuildWanted;
  private volatile long indexedPosition;
  private volatile RebuildReport lastRebuild;
  private volatile int recoveries;
  private final AtomicLong labelsChanged = new AtomicLong();

  /**
   * One change to apply: topics to re-read; members, tags, a category or a system whose topics to
   * re-read; whether the system synonyms changed.
   */
  private record Work(
      long position,
      List<Long> topicIds,
      Long memberId,
      boolean synonyms,
      List<Long> tagIds,
      Long categoryId,
      Long systemId) {

    Work(long position, List<Long> topicIds, Long memberId, boolean synonyms) {
      this(position, topicIds, memberId, synonyms, List.of(), null, null);
    }
  }

  /** Wakes the indexing thread (to stop): changes nothing. */
  private static final Work WAKE = new Work(-1, List.of(), null, false);

  /** How long a stop waits for the batch being written. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  /**
   * How the last rebuild went.
   *
   * @param topics topics indexed
   * @param millis how long it took
   * @param bytes the index's size on disk after it
   */
  public record RebuildReport(int topics, long millis, long bytes) {}

  SearchIndex(
      ForumSearchSource source,
      TaxonomyService taxonomies,
      ChangeFeed feed,
      SearchConfig config,
      Environment environment) {
    this.source = source;
    this.taxonomies = taxonomies;
    this.feed = feed;
    this.analyzers = new SearchAnalyzers(SearchAnalyzers.dictionary(systemNames(taxonomies)));
    this.directory = directory(config, environment);
    this.facetSample = Math.max(1, config.getFacetSample());
    this.resultCache = Math.max(0, config.getResultCache());
    this.fuzzyWords = Math.max(0, config.getFuzzyWords());
    this.engine = open();
    this.loop = new NodeLoop("search-indexer", this::run, () -> queue.add(WAKE));
    OptionalLong resumable = engine.resumablePosition();
    if (resumable.isPresent()) {
      indexedPosition = resumable.getAsLong();
    } else {
      rebuildWanted = true;
    }
  }

  private SearchEngine open() {
    try {
      Files.createDirectories(directory);
      return new SearchEngine(
          FSDirectory.open(directory), analyzers, synonyms(), facetSample, resultCache, fuzzyWords);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the search index in " + directory, e);
    }
  }

  private static Path directory(SearchConfig config, Environment environment) {
    if (config.getIndexDir() != null && !config.getIndexDir().isBlank()) {
      return Path.of(config.getIndexDir()).toAbsolutePath();
    }
    Path base = HelsebroHome.dataDir(environment).resolve("search");
    // Tests start several application contexts in one JVM: each gets an index of its own.
    if (environment.getActiveNames().contains(Environment.TEST)) {
      return base.resolve("test-" + UUID.randomUUID());
    }
    return base.resolve("index");
  }

  private static List<String> systemNames(TaxonomyService taxonomies) {
    List<String> names = new ArrayList<>();
    try {
      for (var t : taxonomies.terms(TaxonomyKind.SYSTEM)) {
        names.add(t.nameNb());
        names.add(t.nameEn());
      }
    } catch (RuntimeException e) {
      LOG.warn("System names for the compound dictionary could not be read yet", e);
    }
    return names;
  }

  private SystemSynonyms synonyms() {
    List<SystemSynonyms.Term> terms = new ArrayList<>();
    try {
      for (var t : taxonomies.terms(TaxonomyKind.SYSTEM)) {
        terms.add(new SystemSynonyms.Term(t.code(), t.nameNb(), t.nameEn()));
      }
    } catch (RuntimeException e) {
      LOG.warn("System names for search synonyms could not be read yet", e);
    }
    return new SystemSynonyms(terms, analyzers);
  }

  SearchEngine engine() {
    return engine;
  }

  /** The change feed position whose changes searches on this node see. */
  public long indexedPosition() {
    return indexedPosition;
  }

  /** Whether a rebuild is waiting or under way. */
  public boolean rebuilding() {
    return rebuildWanted;
  }

  /**
   * Raised when category or taxonomy names may have changed: facet labels are read again ({@link
   * SearchService}).
   */
  long labelsChanged() {
    return labelsChanged.get();
  }

  /** How often the index on disk failed and was reopened and rebuilt since start. */
  public int recoveries() {
    return recoveries;
  }

  /** The indexing thread while it runs (for tests). */
  Thread indexingThread() {
    return loop.thread();
  }

  /** How the last rebuild on this node went, if one ran. */
  public RebuildReport lastRebuild() {
    return lastRebuild;
  }

  /** Asks for a rebuild from the database; it runs on the indexing thread, searches go on. */
  public void requestRebuild() {
    rebuildWanted = true;
    queue.add(new Work(-1, List.of(), null, false));
  }

  @Override
  public Set<Class<? extends FeedEvent>> events() {
    return Set.of(
        TopicCreated.class,
        ReplyPosted.class,
        PostEdited.class,
        PostDeleted.class,
        PostHidden.class,
        PostRestored.class,
        TopicChanged.class,
        TopicMerged.class,
        AnswerAccepted.class,
        StoryFollowUpPosted.class,
        MemberSuspended.class,
        MemberActivated.class,
        MemberDeleted.class,
        TaxonomyChanged.class,
        TagsChanged.class,
        CategoryChanged.class,
        SearchRebuildRequested.class);
  }

  @Override
  public void onChange(FeedEntry<? extends FeedEvent> entry) {
    FeedEvent e = entry.event();
    long at = entry.position();
    if (e instanceof SearchRebuildRequested) {
      requestRebuild();
      return;
    }
    Work work;
    if (e instanceof TopicMerged m) {
      work = new Work(at, List.of(m.fromTopicId(), m.intoTopicId()), null, false);
    } else if (e instanceof MemberSuspended m) {
      work = new Work(at, List.of(), m.memberId(), false);
    } else if (e instanceof MemberActivated m) {
      work = new Work(at, List.of(), m.memberId(), false);
    } else if (e instanceof MemberDeleted m) {
      work = new Work(at, List.of(), m.memberId(), false);
    } else if (e instanceof TaxonomyChanged t) {
      labelsChanged.incrementAndGet();
      boolean system = t.kind() == TaxonomyKind.SYSTEM;
      // A system's names are indexed with the topics that name it.
      work = new Work(at, List.of(), null, system, List.of(), null, system ? t.termId() : null);
    } else if (e instanceof TagsChanged t) {
      // Renamed, merged or deleted: the topics that carry (or carried) the tags are rewritten.
      work = new Work(at, List.of(), null, false, t.tagIds(), null, null);
    } else if (e instanceof CategoryChanged c) {
      labelsChanged.incrementAndGet();
      work = new Work(at, List.of(), null, false, List.of(), c.categoryId(), null);
    } else if (e.subjectId() != null) {
      work = new Work(at, List.of(e.subjectId()), null, false);
    } else {
      work = new Work(at, List.of(), null, false);
    }
    queue.add(work);
  }

  @Override
  public OptionalLong resumeAfter() {
    return rebuildWanted ? OptionalLong.empty() : OptionalLong.of(indexedPosition);
  }

  @Override
  public void onMissedEvents() {
    rebuildWanted = true;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    start();
  }

  @EventListener
  void onShutdown(ShutdownEvent event) {
    stop();
  }

  void start() {
    loop.start();
  }

  /**
   * Ends indexing after the batch being written, commits and closes the index. The thread is never
   * interrupted: an interrupt during a write closes the index lock's channel, and the writer can
   * never write again (docs/adr/0451).
   */
  @PreDestroy
  synchronized void stop() {
    if (!loop.running()) {
      return;
    }
    if (!loop.stop(STOP_WAIT)) {
      return;
    }
    try {
      engine.close();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not close the search index", e);
    }
  }

  private void run() {
    long lastCommit = System.nanoTime();
    // After a quiet spell a change is applied at once; under a stream of changes they are gathered
    // for APPLY_EVERY, so a topic that changed several times is rewritten once and the index is
    // refreshed (a new small segment) a few times a second, not after every reply.
    long lastApply = System.nanoTime() - APPLY_EVERY.toNanos();
    List<Work> pending = new ArrayList<>();
    boolean dirty = false;
    while (loop.running()) {
      try {
        // Nothing in Helsebro interrupts this thread; should anything else, the interrupt must not
        // reach Lucene's file channels.
        loop.clearStrayInterrupt();
        if (!engine.writable()) {
          reopen(null);
        }
        if (rebuildWanted) {
          rebuild();
          lastCommit = System.nanoTime();
          dirty = false;
        }
        long sinceApply = System.nanoTime() - lastApply;
        long waitNanos =
            pending.isEmpty()
                ? TimeUnit.SECONDS.toNanos(1)
                : Math.max(1, APPLY_EVERY.toNanos() - sinceApply);
        Work first = queue.poll(waitNanos, TimeUnit.NANOSECONDS);
        if (first != null) {
          pending.add(first);
          queue.drainTo(pending, MAX_BATCH);
        }
        if (!pending.isEmpty()
            && (System.nanoTime() - lastApply >= APPLY_EVERY.toNanos()
                || pending.size() >= MAX_BATCH)) {
          List<Work> batch = pending;
          pending = new ArrayList<>();
          lastApply = System.nanoTime();
          apply(batch);
          dirty = true;
        }
        if (dirty && System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos()) {
          engine.commit(indexedPosition);
          lastCommit = System.nanoTime();
          dirty = false;
        }
      } catch (InterruptedException e) {
        LOG.warn("The search indexer was interrupted; ignored (it ends when stopped)");
      } catch (SearchEngine.IndexFailure e) {
        dirty = false;
        try {
          reopen(e);
        } catch (RuntimeException again) {
          LOG.error("The search index could not be reopened; it is tried again", again);
          loop.pause(5000);
        }
      } catch (RuntimeException e) {
        LOG.error("Search indexing failed; it goes on with the next change", e);
        loop.pause(500);
      }
    }
    if (dirty) {
      try {
        engine.commit(indexedPosition);
      } catch (RuntimeException e) {
        LOG.warn("Could not commit the search index at shutdown", e);
      }
    }
  }

  /**
   * The writer failed for good (an I/O error, a channel closed under it): a new engine opens the
   * directory from its last commit, and a rebuild from the database puts back what that commit
   * lacks. Searches go on with the old engine's last view until the new one is in place.
   */
  private void reopen(RuntimeException cause) {
    SearchEngine broken = engine;
    LOG.error(
        "The search index in {} failed; it is reopened and rebuilt from the database",
        directory,
        cause);
    broken.abandon();
    SearchEngine fresh = open();
    engine = fresh;
    try {
      broken.close();
    } catch (IOException | RuntimeException e) {
      LOG.debug("Closing the failed search engine", e);
    }
    recoveries++;
    rebuildWanted = true;
  }

  private void apply(List<Work> batch) {
    Set<Long> topics = new LinkedHashSet<>();
    long highest = indexedPosition;
    boolean synonyms = false;
    for (Work w : batch) {
      topics.addAll(w.topicIds());
      if (w.memberId() != null) {
        topics.addAll(source.topicIdsWithContentBy(w.memberId()));
      }
      if (!w.tagIds().isEmpty()) {
        // Those in the index (a deleted tag's rows are gone) and those carrying them now (a merge).
        topics.addAll(engine.topicIdsWithTags(w.tagIds()));
        topics.addAll(source.topicIdsWithTags(w.tagIds()));
      }
      if (w.categoryId() != null) {
        // Only a new slug is indexed (names are labels read from the database).
        long id = w.categoryId();
        source
            .categorySlug(id)
            .ifPresent(slug -> topics.addAll(engine.topicIdsOfCategoryNotUnder(id, slug)));
      }
      if (w.systemId() != null) {
        topics.addAll(source.topicIdsWithSystem(w.systemId()));
      }
      synonyms |= w.synonyms();
      highest = Math.max(highest, w.position());
    }
    if (synonyms) {
      engine.synonyms(synonyms());
    }
    List<Long> ids = new ArrayList<>(topics);
    for (int from = 0; from < ids.size(); from += REBUILD_BATCH) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + REBUILD_BATCH));
      engine.apply(part, source.topics(part));
    }
    engine.refresh();
    indexedPosition = highest;
  }

  private void rebuild() {
    long started = System.nanoTime();
    // Everything up to the feed's head now is read by the rebuild from the database; events after
    // it reach the queue and are applied after the rebuild.
    long head = feed.head();
    LOG.info("Search index in {} is rebuilt from the database", directory);
    // Topics are rewritten in place and those no longer to be found removed at the end: searches
    // during a rebuild see the old index, not an emptied one.
    Set<Long> listed = new HashSet<>();
    int count = 0;
    long after = 0;
    while (true) {
      if (!loop.running()) {
        // Stopped half way: not committed as rebuilt, so the next start rebuilds again.
        return;
      }
      List<Long> ids = source.topicIds(after, REBUILD_BATCH);
      if (ids.isEmpty()) {
        break;
      }
      engine.apply(ids, source.topics(ids));
      listed.addAll(ids);
      count += ids.size();
      after = ids.get(ids.size() - 1);
      engine.refresh();
    }
    engine.removeAllBut(listed);
    engine.mergeIntoOne();
    engine.synonyms(synonyms());
    indexedPosition = Math.max(indexedPosition, head);
    engine.commit(indexedPosition);
    engine.refresh();
    rebuildWanted = false;
    long millis = (System.nanoTime() - started) / 1_000_000;
    lastRebuild = new RebuildReport(count, millis, engine.bytesOnDisk());
    LOG.info(
        "Search index rebuilt: {} topics in {} ms, {} bytes", count, millis, engine.bytesOnDisk());
  }
}
