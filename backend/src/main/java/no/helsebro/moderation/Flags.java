package no.helsebro.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import no.helsebro.forum.ForumModeration;
import no.helsebro.forum.ModeratedPost;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/**
 * Members flag posts (docs/adr/0300). One open flag per member and post; a repeat is refused with
 * 409 {@code already-flagged}. When the open flags of trusted members (forum trust policy) reach
 * {@code helsebro.moderation.hide-threshold}, the post is hidden until a coordinator decides,
 * audited as {@code post.auto-hidden} by the system.
 */
@Singleton
class Flags {

  private final ModerationCaseRepository caseRows;
  private final ModerationFlagRepository flags;
  private final ForumModeration forum;
  private final ModerationConfig config;
  private final CaseRows cases;
  private final ChangeFeed feed;

  Flags(
      ModerationCaseRepository caseRows,
      ModerationFlagRepository flags,
      ForumModeration forum,
      ModerationConfig config,
      CaseRows cases,
      ChangeFeed feed) {
    this.caseRows = caseRows;
    this.flags = flags;
    this.feed = feed;
    this.cases = cases;
    this.forum = forum;
    this.config = config;
  }

  @Transactional
  ModerationDtos.FlagView flag(
      CurrentMember me, long postId, FlagReason reason, @Nullable String note) {
    ModeratedPost post = visiblePost(me, postId);
    if (post.authorId() != null && post.authorId() == me.id()) {
      throw ApiException.forbidden("own-post", "You cannot flag your own post.");
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    // The case row serialises every flag and decision on this post (READ COMMITTED takes no gap
    // locks, so counting alone would let two concurrent flags each miss the threshold). It is
    // created in its own short transaction: concurrent upserts of a new row deadlock in InnoDB.
    cases.ensure(postId);
    caseRows.lock(postId);
    caseRows.open(postId, now);
    if (flags.openOf(postId, me.id()).isPresent()) {
      throw ApiException.conflict("already-flagged", "You have already flagged this post.");
    }
    boolean trusted = forum.trusted(me.id());
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    flags.add(postId, me.id(), reason.name(), cleanNote, trusted, now);
    long id = flags.openOf(postId, me.id()).orElseThrow();
    feed.publish(new PostFlagged(postId, post.topicId(), me.id(), reason));
    boolean hidden = post.hidden();
    if (trusted && !post.hidden() && !post.deleted()) {
      int trustedFlags = (int) flags.openTrusted(postId);
      if (trustedFlags >= config.getHideThreshold()) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("trustedFlags", trustedFlags);
        details.put("openFlags", flags.open(postId));
        details.put("threshold", config.getHideThreshold());
        hidden =
            forum.hidePostForFlags(
                postId, "Flagged by " + trustedFlags + " trusted members", details);
        if (hidden) {
          caseRows.autoHidden(postId, now);
        }
      }
    }
    return new ModerationDtos.FlagView(id, postId, reason, now, hidden);
  }

  /** The post if the member may see it: deleted posts and, for members, hidden ones are 404. */
  private ModeratedPost visiblePost(CurrentMember me, long postId) {
    ModeratedPost post = forum.post(postId).orElseThrow(() -> ApiException.notFound("Post"));
    boolean own = post.authorId() != null && post.authorId() == me.id();
    boolean seen =
        !post.deleted() && (me.isCoordinator() || own || (!post.hidden() && post.topicVisible()));
    if (!seen) {
      throw ApiException.notFound("Post");
    }
    return post;
  }
}
