package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import no.helsebro.forum.model.KindRules;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.idempotency.Idempotency;
import no.helsebro.platform.security.CurrentMember;

/** Adds a dated follow-up to an implementation story, by the story's author. */
@Singleton
class AddStoryFollowUp {

  private final StoryFollowUpRepository followUps;
  private final TopicRepository topics;
  private final ForumStore store;
  private final GuardedMarkdown markdown;
  private final Idempotency idempotency;
  private final RateLimiter rateLimiter;
  private final ChangeFeed feed;

  AddStoryFollowUp(
      StoryFollowUpRepository followUps,
      TopicRepository topics,
      ForumStore store,
      GuardedMarkdown markdown,
      Idempotency idempotency,
      RateLimiter rateLimiter,
      ChangeFeed feed) {
    this.followUps = followUps;
    this.topics = topics;
    this.store = store;
    this.markdown = markdown;
    this.idempotency = idempotency;
    this.rateLimiter = rateLimiter;
    this.feed = feed;
  }

  Created add(
      CurrentMember me, long topicId, ForumDtos.FollowUpRequest r, @Nullable String idemKey) {
    String key = Idempotency.validKey(idemKey);
    String hash = Idempotency.hash("followup", topicId, r.body());
    return idempotency.once(
        me.id(),
        key,
        hash,
        "followup",
        () -> newFollowUp(me, topicId, r, key, hash),
        id -> new Created(id, true));
  }

  private Created newFollowUp(
      CurrentMember me,
      long topicId,
      ForumDtos.FollowUpRequest r,
      @Nullable String key,
      String hash) {
    ForumStore.LockedTopic t = store.lockTopic(topicId);
    if (!KindRules.takesFollowUps(t.kind())) {
      throw ApiException.conflict("not-a-story", "Follow-ups belong to implementation stories.");
    }
    if (!Long.valueOf(me.id()).equals(t.authorId())) {
      throw ApiException.forbidden("not-author", "Only the story's author adds follow-ups.");
    }
    if (!t.visible()) {
      throw ApiException.notFound("Topic");
    }
    Instant now = ForumStore.now();
    GuardedMarkdown.Body body = markdown.body("body", r.body());
    rateLimiter.check(me.id(), false, body.links(), now);
    long id =
        followUps
            .save(
                new StoryFollowUpRepository.StoryFollowUp(
                    null, topicId, me.id(), body.markdown(), body.html(), now))
            .id();
    topics.activeAt(topicId, now);
    feed.publish(new StoryFollowUpPosted(topicId, id, me.id()));
    idempotency.record(me.id(), key, hash, "followup", id);
    return new Created(id, false);
  }
}
