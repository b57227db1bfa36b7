package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Set;
import no.helsebro.forum.ForumStore.MemberStat;
import no.helsebro.forum.model.TopicRules;
import no.helsebro.forum.model.Viewer;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.idempotency.Idempotency;
import no.helsebro.platform.security.CurrentMember;

/**
 * Posts a reply to a topic, possibly to one of its posts; moves the topic's counts and activity.
 */
@Singleton
class PostReply {

  private final PostRepository posts;
  private final TopicRepository topics;
  private final ForumStore store;
  private final GuardedMarkdown markdown;
  private final Idempotency idempotency;
  private final RateLimiter rateLimiter;
  private final ForumWriteEvents writeEvents;

  PostReply(
      PostRepository posts,
      TopicRepository topics,
      ForumStore store,
      GuardedMarkdown markdown,
      Idempotency idempotency,
      RateLimiter rateLimiter,
      ForumWriteEvents writeEvents) {
    this.posts = posts;
    this.topics = topics;
    this.store = store;
    this.markdown = markdown;
    this.idempotency = idempotency;
    this.rateLimiter = rateLimiter;
    this.writeEvents = writeEvents;
  }

  Created reply(
      CurrentMember me, long topicId, ForumDtos.ReplyRequest r, @Nullable String idemKey) {
    String key = Idempotency.validKey(idemKey);
    String hash = Idempotency.hash("reply", topicId, r.body(), r.replyToPostId());
    return idempotency.once(
        me.id(),
        key,
        hash,
        "post",
        () -> newReply(me, topicId, r, key, hash),
        id -> new Created(id, true));
  }

  private Created newReply(
      CurrentMember me, long topicId, ForumDtos.ReplyRequest r, @Nullable String key, String hash) {
    Instant now = ForumStore.now();
    ForumStore.LockedTopic t = store.lockTopic(topicId);
    requireOpenFor(me, t);
    Long replyToAuthor = null;
    if (r.replyToPostId() != null) {
      ForumStore.PostRow target =
          store
              .post(r.replyToPostId(), false)
              .filter(p -> p.topicId() == topicId)
              .orElseThrow(
                  () ->
                      ApiException.invalidField(
                          "replyToPostId", "validation", "not in this topic"));
      replyToAuthor = target.authorId();
    }
    GuardedMarkdown.Body body = markdown.body("body", r.body());
    rateLimiter.check(me.id(), false, body.links(), now);

    int number = t.lastPostNumber() + 1;
    long postId =
        posts
            .save(
                new PostRepository.NewPost(
                    null,
                    topicId,
                    number,
                    me.id(),
                    body.markdown(),
                    body.html(),
                    null,
                    null,
                    r.replyToPostId(),
                    now,
                    body.links()))
            .id();
    topics.countReply(topicId, number, Answers.count(t.authorId(), me.id()), now, me.id());
    store.addStats(me.id(), MemberStat.REPLIES, 1);
    store.markRead(me.id(), topicId, number);

    ReplyPosted posted =
        new ReplyPosted(
            topicId, postId, number, me.id(), t.authorId(), t.kind(), replyToAuthor, now);
    writeEvents.publish(posted);
    writeEvents.mentions(topicId, postId, me.id(), body.mentions(), Set.of());
    idempotency.record(me.id(), key, hash, "post", postId);
    return new Created(postId, false, topicId, number);
  }

  private static void requireOpenFor(CurrentMember me, ForumStore.LockedTopic t) {
    TopicRules.replyRefusal(
            new Viewer(me.id(), me.isCoordinator()),
            t.mergedIntoId() != null,
            t.visible(),
            t.locked(),
            t.closed())
        .ifPresent(
            refusal -> {
              throw switch (refusal) {
                case LOCKED ->
                    ApiException.conflict("topic-locked", "The topic is locked: no new replies.");
                case CLOSED ->
                    ApiException.conflict("topic-closed", "The topic is closed: no new replies.");
                default -> ApiException.notFound("Topic");
              };
            });
  }
}
