package no.helsebro.forum;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import no.helsebro.forum.ForumStore.MemberStat;
import no.helsebro.forum.model.KindRules;
import no.helsebro.forum.model.TopicRules;
import no.helsebro.forum.model.Viewer;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/** Accepts a reply as a question's answer (marking it solved), or takes the acceptance back. */
@Singleton
class AcceptAnswer {

  private final TopicRepository topics;
  private final ForumStore store;
  private final AuditLog audit;
  private final ChangeFeed feed;

  AcceptAnswer(TopicRepository topics, ForumStore store, AuditLog audit, ChangeFeed feed) {
    this.topics = topics;
    this.store = store;
    this.audit = audit;
    this.feed = feed;
  }

  @Transactional
  void accept(CurrentMember me, long topicId, long postId) {
    ForumStore.LockedTopic t = store.lockTopic(topicId);
    requireAsker(me, t);
    ForumStore.PostRow post =
        store
            .post(postId, false)
            .filter(
                p ->
                    p.topicId() == topicId
                        && KindRules.acceptable(p.postNumber(), p.deleted(), p.hidden()))
            .orElseThrow(
                () -> ApiException.invalidField("postId", "validation", "not a reply here"));
    if (Long.valueOf(postId).equals(t.acceptedPostId())) {
      return;
    }
    if (t.acceptedPostId() != null) {
      store
          .post(t.acceptedPostId(), false)
          .map(ForumStore.PostRow::authorId)
          .ifPresent(a -> store.addStats(a, MemberStat.ACCEPTED_ANSWERS, -1));
    }
    topics.accept(topicId, postId);
    if (post.authorId() != null) {
      store.addStats(post.authorId(), MemberStat.ACCEPTED_ANSWERS, 1);
    }
    if (!Long.valueOf(me.id()).equals(t.authorId())) {
      audit.record(
          me.id(), "topic.answer-accepted", "topic", topicId, null, Map.of("postId", postId));
    }
    feed.publish(new AnswerAccepted(topicId, postId, post.authorId(), me.id()));
    feed.publish(new TopicChanged(topicId, TopicChanged.Change.ANSWER_ACCEPTED, me.id()));
  }

  @Transactional
  void unaccept(CurrentMember me, long topicId) {
    ForumStore.LockedTopic t = store.lockTopic(topicId);
    requireAsker(me, t);
    if (t.acceptedPostId() == null) {
      return;
    }
    store
        .post(t.acceptedPostId(), false)
        .map(ForumStore.PostRow::authorId)
        .ifPresent(a -> store.addStats(a, MemberStat.ACCEPTED_ANSWERS, -1));
    topics.unaccept(topicId);
    feed.publish(new TopicChanged(topicId, TopicChanged.Change.ANSWER_UNACCEPTED, me.id()));
  }

  private static void requireAsker(CurrentMember me, ForumStore.LockedTopic t) {
    if (!t.visible() && !me.isCoordinator()) {
      throw ApiException.notFound("Topic");
    }
    if (!KindRules.hasAcceptedAnswer(t.kind())) {
      throw ApiException.conflict("not-a-question", "Only questions have an accepted answer.");
    }
    if (!TopicRules.mayAccept(new Viewer(me.id(), me.isCoordinator()), t.authorId())) {
      throw ApiException.forbidden(
          "not-asker", "Only the asker or a coordinator accepts an answer.");
    }
  }
}
