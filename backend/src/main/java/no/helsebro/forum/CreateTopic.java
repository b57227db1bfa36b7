package no.helsebro.forum;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.helsebro.forum.ForumStore.MemberStat;
import no.helsebro.forum.ForumStore.TopicTerms;
import no.helsebro.forum.model.KindRules;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.errors.Problem;
import no.helsebro.platform.idempotency.Idempotency;
import no.helsebro.platform.security.CurrentMember;

/** Starts a topic: its opening post, labels, counts, the author's follow and read marker. */
@Singleton
class CreateTopic {

  // Hand-written SQL: inserts of topic and opening post that need their generated ids (not yet
  // moved, ADR 0211).

  private final JdbcQueries db;
  private final ForumStore store;
  private final GuardedMarkdown markdown;
  private final TopicDetailsValidator details;
  private final Idempotency idempotency;
  private final RateLimiter rateLimiter;
  private final ApplicationEventPublisher<Object> events;
  private final ChangeFeed feed;
  private final ForumWriteEvents writeEvents;

  CreateTopic(
      JdbcQueries db,
      ForumStore store,
      GuardedMarkdown markdown,
      TopicDetailsValidator details,
      Idempotency idempotency,
      RateLimiter rateLimiter,
      ApplicationEventPublisher<Object> events,
      ChangeFeed feed,
      ForumWriteEvents writeEvents) {
    this.db = db;
    this.store = store;
    this.markdown = markdown;
    this.details = details;
    this.idempotency = idempotency;
    this.rateLimiter = rateLimiter;
    this.events = events;
    this.feed = feed;
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
        db.one(
                "SELECT archived FROM forum_categories WHERE id = ? FOR UPDATE",
                rs -> rs.getBoolean(1),
                r.categoryId())
            .orElseThrow(
                () -> ApiException.invalidField("categoryId", "validation", "unknown category"));
    if (archived) {
      throw ApiException.invalidField("categoryId", "category-archived", "category is archived");
    }
    TopicDetailsValidator.Details meta =
        details.validate(
            r.kind(),
            r.systemIds(),
            r.workplaceTypeId(),
            r.orgSize(),
            r.duration(),
            r.trainingFormat(),
            r.audienceIds(),
            r.linkUrl());
    requireKindFields(r, meta);

    GuardedMarkdown.guard("title", r.title());
    GuardedMarkdown.Body body = markdown.body("body", r.body());
    GuardedMarkdown.Sections sections =
        KindRules.hasStoryDetails(r.kind())
            ? markdown.sections(r.story())
            : GuardedMarkdown.Sections.NONE;
    rateLimiter.check(me.id(), true, body.links() + sections.links(), now);

    long topicId =
        db.insert(
            "INSERT INTO forum_topics (category_id, kind, title, author_id, created_at,"
                + " last_activity_at, last_poster_id, last_post_number, workplace_type_id,"
                + " org_size, duration, training_format, link_url)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
            r.categoryId(),
            r.kind(),
            r.title().strip(),
            me.id(),
            now,
            now,
            me.id(),
            meta.workplaceTypeId(),
            meta.orgSize(),
            meta.duration(),
            meta.trainingFormat(),
            meta.linkUrl());
    long postId =
        db.insert(
            "INSERT INTO forum_posts (topic_id, post_number, author_id, body_md, body_html,"
                + " fields_md, fields_html, created_at, link_count) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)",
            topicId,
            me.id(),
            body.markdown(),
            body.html(),
            sections.markdownJson(),
            sections.htmlJson(),
            now,
            body.links() + sections.links());
    store.replaceTerms(TopicTerms.SYSTEMS, topicId, meta.systemIds());
    store.replaceTerms(TopicTerms.AUDIENCES, topicId, meta.audienceIds());
    List<Long> newTags = store.replaceTags(topicId, ForumStore.cleanTags(r.tags()));
    db.update(
        "UPDATE forum_categories SET topic_count = topic_count + 1 WHERE id = ?", r.categoryId());
    store.addStats(me.id(), MemberStat.TOPICS, 1);
    db.update(
        "INSERT IGNORE INTO forum_topic_follows (member_id, topic_id) VALUES (?, ?)",
        me.id(),
        topicId);
    store.markRead(me.id(), topicId, 1);

    TopicCreated created =
        new TopicCreated(topicId, r.categoryId(), r.kind(), me.id(), r.title().strip(), now);
    events.publishEvent(created);
    feed.publish(created);
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
