package no.helsebro.forum;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.helsebro.forum.model.KindRules;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/** Counts (or uncounts) the member as having used a training resource. */
@Singleton
class CountTrainingUse {

  private final TopicRepository topics;
  private final TrainingUseRepository uses;
  private final ChangeFeed feed;

  CountTrainingUse(TopicRepository topics, TrainingUseRepository uses, ChangeFeed feed) {
    this.topics = topics;
    this.uses = uses;
    this.feed = feed;
  }

  @Transactional
  ForumDtos.UsedView used(CurrentMember me, long topicId, boolean on) {
    TopicRepository.UseTarget t =
        topics
            .useTarget(topicId)
            .filter(TopicRepository.UseTarget::visible)
            .orElseThrow(() -> ApiException.notFound("Topic"));
    if (!KindRules.countsUses(t.kind())) {
      throw ApiException.conflict("not-a-training-resource", "Only training resources count uses.");
    }
    if (Long.valueOf(me.id()).equals(t.authorId())) {
      throw ApiException.conflict("own-post", "You cannot count your own resource.");
    }
    int changed = on ? uses.add(topicId, me.id()) : uses.remove(topicId, me.id());
    if (changed == 1) {
      topics.countUses(topicId, on ? 1 : -1);
      feed.publish(new TrainingResourceUsed(topicId, me.id(), on));
    }
    return uses.view(topicId, me.id()).orElseThrow();
  }
}
