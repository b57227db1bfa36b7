package no.helsebro.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberSummary;
import no.helsebro.forum.ForumModeration;
import no.helsebro.forum.ModeratedPost;
import no.helsebro.forum.PostRestored;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;

/**
 * The coordinators' review queue: posts with open flags, oldest case first, and the two decisions
 * on them. Each decision is one transaction: the forum action (restore or hide, audited by the
 * forum as {@code post.restored} / {@code post.hidden} when it changes the post), the flags
 * resolved, and the decision's own audit entry ({@code flags.dismissed} / {@code flags.upheld}).
 */
@Singleton
class ReviewQueue {

  private final ModerationCaseRepository cases;
  private final ModerationFlagRepository flagRows;
  private final ForumModeration forum;
  private final AuditLog audit;
  private final ModerationConfig config;
  private final ChangeFeed feed;
  private final MemberDirectory members;

  ReviewQueue(
      ModerationCaseRepository cases,
      ModerationFlagRepository flagRows,
      ForumModeration forum,
      AuditLog audit,
      ModerationConfig config,
      ChangeFeed feed,
      MemberDirectory members) {
    this.cases = cases;
    this.flagRows = flagRows;
    this.members = members;
    this.feed = feed;
    this.forum = forum;
    this.audit = audit;
    this.config = config;
  }

  ModerationDtos.QueuePage page(int page, int size) {
    int p = Math.max(0, page);
    int n = Math.max(1, Math.min(100, size));
    List<ModerationCaseRepository.ModerationCase> open = cases.oldestOpen(n, (long) p * n);
    long total = cases.countByOpenSinceIsNotNull();
    if (open.isEmpty()) {
      return new ModerationDtos.QueuePage(List.of(), p, n, total, config.getHideThreshold());
    }
    List<Long> ids = open.stream().map(ModerationCaseRepository.ModerationCase::postId).toList();
    Map<Long, ModeratedPost> posts =
        forum.posts(ids).stream().collect(Collectors.toMap(ModeratedPost::id, Function.identity()));
    List<ModerationFlagRepository.ModerationFlag> openFlags = flagRows.openOn(ids);
    // The flaggers' names from the accounts module, in one look-up (ADR 0024).
    Map<Long, MemberSummary> flaggers =
        members.summaries(
            openFlags.stream()
                .map(ModerationFlagRepository.ModerationFlag::flaggerId)
                .filter(id -> id != null)
                .distinct()
                .toList());
    Map<Long, List<ModerationDtos.FlagEntry>> flags = new HashMap<>();
    for (ModerationFlagRepository.ModerationFlag f : openFlags) {
      MemberSummary flagger = f.flaggerId() == null ? null : flaggers.get(f.flaggerId());
      flags
          .computeIfAbsent(f.postId(), k -> new ArrayList<>())
          .add(
              new ModerationDtos.FlagEntry(
                  flagger == null ? null : flagger.displayName(),
                  f.reason(),
                  f.note(),
                  f.trusted(),
                  f.createdAt()));
    }
    List<ModerationDtos.QueueItem> items = new ArrayList<>();
    for (ModerationCaseRepository.ModerationCase c : open) {
      ModeratedPost post = posts.get(c.postId());
      if (post == null) {
        continue;
      }
      List<ModerationDtos.FlagEntry> openOn = flags.getOrDefault(c.postId(), List.of());
      Map<FlagReason, Integer> byReason = new LinkedHashMap<>();
      for (FlagReason r : FlagReason.values()) {
        int count = (int) openOn.stream().filter(f -> f.reason() == r).count();
        if (count > 0) {
          byReason.put(r, count);
        }
      }
      items.add(
          new ModerationDtos.QueueItem(
              post.id(),
              post.topicId(),
              post.topicTitle(),
              post.postNumber(),
              post.authorId(),
              post.authorName(),
              post.excerpt(),
              post.createdAt(),
              post.hidden(),
              c.autoHiddenAt() != null && post.hidden(),
              post.deleted(),
              post.topicLocked(),
              post.topicClosed(),
              c.openSince(),
              openOn.size(),
              (int) openOn.stream().filter(ModerationDtos.FlagEntry::trusted).count(),
              byReason.entrySet().stream()
                  .map(e -> new ModerationDtos.ReasonCount(e.getKey(), e.getValue()))
                  .toList(),
              openOn));
    }
    return new ModerationDtos.QueuePage(items, p, n, total, config.getHideThreshold());
  }

  /** Keep the post: dismiss its open flags and bring it back if it was hidden. */
  @Transactional
  ModerationDtos.DecisionView restore(long coordinatorId, long postId, @Nullable String reason) {
    return decide(coordinatorId, postId, reason, false);
  }

  /** Uphold the flags: the post stays (or becomes) hidden. */
  @Transactional
  ModerationDtos.DecisionView hide(long coordinatorId, long postId, @Nullable String reason) {
    return decide(coordinatorId, postId, reason, true);
  }

  private ModerationDtos.DecisionView decide(
      long coordinatorId, long postId, @Nullable String reason, boolean hide) {
    if (!lockOpenCase(postId)) {
      throw ApiException.conflict("not-in-queue", "The post has no open flags.");
    }
    ModeratedPost post = forum.post(postId).orElseThrow(() -> ApiException.notFound("Post"));
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    // Resolve the flags first: the forum's restore then finds the case closed (see onRestored).
    int resolved = resolve(postId, coordinatorId, hide ? "UPHELD" : "DISMISSED");
    boolean hidden = post.hidden();
    ReviewDecided.Decision decision =
        hide ? ReviewDecided.Decision.HIDDEN : ReviewDecided.Decision.DISMISSED;
    if (hide && !post.hidden() && !post.deleted()) {
      forum.hidePost(coordinatorId, postId, why);
      hidden = true;
    } else if (!hide && post.hidden() && !post.deleted()) {
      forum.restorePost(coordinatorId, postId, why);
      hidden = false;
      decision = ReviewDecided.Decision.RESTORED;
    }
    feed.publish(
        new ReviewDecided(postId, post.topicId(), post.authorId(), decision, coordinatorId));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("topicId", post.topicId());
    details.put("postNumber", post.postNumber());
    details.put("flags", resolved);
    details.put("postHidden", hidden);
    audit.record(
        coordinatorId, hide ? "flags.upheld" : "flags.dismissed", "post", postId, why, details);
    return new ModerationDtos.DecisionView(postId, hidden, resolved);
  }

  /**
   * A coordinator restored a post outside the queue (from the topic page): its open flags are
   * dismissed with it, so one more flag cannot hide it again at once. Runs in the restoring
   * transaction; audited as {@code flags.dismissed} next to the forum's {@code post.restored}.
   */
  @EventListener
  void onRestored(PostRestored event) {
    if (!lockOpenCase(event.postId())) {
      return;
    }
    int resolved = resolve(event.postId(), event.coordinatorId(), "DISMISSED");
    audit.record(
        event.coordinatorId(),
        "flags.dismissed",
        "post",
        event.postId(),
        event.reason(),
        Map.of("flags", resolved, "postHidden", false, "via", "restore"));
    feed.publish(
        new ReviewDecided(
            event.postId(),
            event.topicId(),
            event.authorId(),
            ReviewDecided.Decision.RESTORED,
            event.coordinatorId()));
  }

  /** Locks the post's case row; true when the post has open flags. */
  private boolean lockOpenCase(long postId) {
    return cases.lock(postId).map(c -> c.openSince() != null).orElse(false);
  }

  /** Closes the post's case and its open flags; returns how many flags were open. */
  private int resolve(long postId, long coordinatorId, String resolution) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    int resolved = flagRows.resolve(postId, coordinatorId, resolution, now);
    cases.close(postId);
    return resolved;
  }
}
