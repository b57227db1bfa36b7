package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.helsebro.forum.ForumStore.MemberStat;
import no.helsebro.forum.ForumStore.TopicTerms;
import no.helsebro.forum.model.KindRules;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.errors.Problem;
import no.helsebro.platform.idempotency.Idempotency;
import no.helsebro.platform.security.CurrentMember;

/** Starts a topic: its opening post, labels, counts, the author's follow and read marker. */
@Singleton
class CreateTopic {

  private final TopicRepository topics;
  private final PostRepository posts;
  private final CategoryRepository categories;
  private final TopicFollowRepository follows;
  private final ForumStore store;
  private final GuardedMarkdown markdown;
  private final TopicDetailsValidator details;
  private final Idempotency idempotency;
  private final RateLimiter rateLimiter;
  private final ForumWriteEvents writeEvents;

  CreateTopic(
      TopicRepository topics,
      PostRepository posts,
      CategoryRepository categories,
      TopicFollowRepository follows,
      ForumStore store,
      GuardedMarkdown markdown,
      TopicDetailsValidator details,
      Idempotency idempotency,
      RateLimiter rateLimiter,
      ForumWriteEvents writeEvents) {
    this.topics = topics;
    this.posts = posts;
    this.categories = categories;
    this.follows = follows;
    this.store = store;
    this.markdown = markdown;
    this.details = details;
    this.idempotency = idempotency;
    this.rateLimiter = rateLimiter;
    this.writeEvents = writeEvents;
  }

  Created create(CurrentMember me, ForumDtos.CreateTopicRequest r, @Nullable String idemKey) {
    String key = Idempotency.validKey(idemKey);
    String hash = Idempotency.hash("topic", r);
    return idempotency.once(
        me.id(), key, hash, "topic", () -> newTopic(me, r, key, hash), id -> new Created(id, true));
  }

  /**
   * Starts a topic in the caller's transaction and records its key there; for another module's
   * creating request that runs {@link Idempotency#once} itself.
   */
  Created createInTransaction(
      CurrentMember me, ForumDtos.CreateTopicRequest r, @Nullable String key, String hash) {
    return newTopic(me, r, key, hash);
  }

  private Created newTopic(
      CurrentMember me, ForumDtos.CreateTopicRequest r, @Nullable String key, String hash) {
    Instant now = ForumStore.now();
    // Taken for update first: the topic's foreign key would share-lock the row and the count
    // update below then need it exclusively, which deadlocks two topics started at once.
    boolean archived =
        categories
            .archivedForUpdate(r.categoryId())
            .orElseThrow(
                () -> ApiException.invalidField("categoryId", "validation", "unknown category"));
    if (archived) {
      throw ApiException.invalidField("categoryId", "category-archived", "category is archived");
    }
    TopicDetailsValidator.Details meta = details.validate(r.kind(), r);
    requireKindFields(r, meta);

    GuardedMarkdown.guard("title", r.title());
    GuardedMarkdown.Body body = markdown.body("body", r.body());
    GuardedMarkdown.Sections sections =
        KindRules.hasStoryDetails(r.kind())
            ? markdown.sections(r.story())
            : GuardedMarkdown.Sections.NONE;
    rateLimiter.check(me.id(), true, body.links() + sections.links(), now);

    long topicId =
        topics
            .save(
                new TopicRepository.NewTopic(
                    null,
                    r.categoryId(),
                    r.kind(),
                    r.title().strip(),
                    me.id(),
                    now,
                    now,
                    me.id(),
                    1,
                    meta.workplaceTypeId(),
                    meta.orgSize(),
                    meta.duration(),
                    meta.trainingFormat(),
                    meta.linkUrl()))
            .id();
    long postId =
        posts
            .save(
                new PostRepository.NewPost(
                    null,
                    topicId,
                    1,
                    me.id(),
                    body.markdown(),
                    body.html(),
                    sections.markdownJson(),
                    sections.htmlJson(),
                    null,
                    now,
                    body.links() + sections.links()))
            .id();
    store.replaceTerms(TopicTerms.SYSTEMS, topicId, meta.systemIds());
    store.replaceTerms(TopicTerms.AUDIENCES, topicId, meta.audienceIds());
    List<Long> newTags = store.replaceTags(topicId, ForumStore.cleanTags(r.tags()));
    categories.countTopics(r.categoryId(), 1);
    store.addStats(me.id(), MemberStat.TOPICS, 1);
    follows.add(me.id(), topicId);
    store.markRead(me.id(), topicId, 1);

    TopicCreated created =
        new TopicCreated(topicId, r.categoryId(), r.kind(), me.id(), r.title().strip(), now);
    writeEvents.publish(created);
    writeEvents.newTags(newTags);
    writeEvents.mentions(
        topicId,
        postId,
        me.id(),
        ForumWriteEvents.union(body.mentions(), sections.mentions()),
        Set.of());
    idempotency.record(me.id(), key, hash, "topic", topicId);
    return new Created(topicId, false);
  }

  /** What the topic's kind requires of a new topic (KindRules), refused as the API words it. */
  private static void requireKindFields(
      ForumDtos.CreateTopicRequest r, TopicDetailsValidator.Details meta) {
    ForumDtos.StoryFields story = r.story();
    KindRules.missingOnCreate(
            r.kind(),
            r.body(),
            story != null,
            story == null ? null : story.context(),
            story == null ? null : story.whatWeDid(),
            meta.trainingFormat() != null,
            meta.linkUrl() != null)
        .ifPresent(
            field -> {
              if (field.startsWith("story.")) {
                throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "Bad Request",
                    "An implementation story needs at least its context and what you did",
                    List.of(new Problem.FieldError(field, "must not be blank", "required")));
              }
              throw ApiException.invalidValue(field, "required", "must not be blank");
            });
  }
}
