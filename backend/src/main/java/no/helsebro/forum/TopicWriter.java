package no.helsebro.forum;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.idempotency.Idempotency;
import no.helsebro.platform.security.CurrentMember;

/** Everything members write in the forum: topics, replies, edits, deletes, recognition. */
@Singleton
class TopicWriter {

  private final Db db;
  private final ForumStore store;
  private final GuardedMarkdown writing;
  private final Idempotency idempotency;
  private final RateLimiter rateLimiter;
  private final AuditLog audit;
  private final ApplicationEventPublisher<Object> events;
  private final ChangeFeed feed;

  TopicWriter(
      Db db,
      ForumStore store,
      GuardedMarkdown writing,
      Idempotency idempotency,
      RateLimiter rateLimiter,
      AuditLog audit,
      ApplicationEventPublisher<Object> events,
      ChangeFeed feed) {
    this.db = db;
    this.store = store;
    this.writing = writing;
    this.idempotency = idempotency;
    this.rateLimiter = rateLimiter;
    this.audit = audit;
    this.events = events;
    this.feed = feed;
  }

  /**
   * What a creating request made: the id, and whether it repeated an earlier request. {@code
   * topicId} and {@code postNumber} are known for a new reply (0 otherwise, and for a replayed
   * request), so the answer needs no further query.
   */
  record Created(long id, boolean replayed, long topicId, int postNumber) {
    Created(long id, boolean replayed) {
      this(id, replayed, 0, 0);
    }
  }

  // ---------------------------------------------------------------- topics

  Created createTopic(CurrentMember me, ForumDtos.CreateTopicRequest r, @Nullable String idemKey) {
    String key = Idempotency.validKey(idemKey);
    String hash = Idempotency.hash("topic", r);
    return idempotency.once(
        me.id(), key, hash, "topic", () -> newTopic(me, r, key, hash), id -> new Created(id, true));
  }

  /**
   * Starts a topic in the caller's transaction and records its key there; for another module's
   * creating request that runs {@link Idempotency#once} itself.
   */
  Created createTopicInTransaction(
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
    Meta meta =
        meta(
            r.kind(),
            r.systemIds(),
            r.workplaceTypeId(),
            r.orgSize(),
            r.duration(),
            r.trainingFormat(),
            r.audienceIds(),
            r.linkUrl());
    requireKindFields(r.kind(), r.body(), r.story(), meta, true);

    GuardedMarkdown.guard("title", r.title());
    GuardedMarkdown.Body body = writing.body("body", r.body());
    GuardedMarkdown.Sections sections =
        r.kind() == TopicKind.STORY ? writing.sections(r.story()) : GuardedMarkdown.Sections.NONE;
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
    store.replaceTerms("forum_topic_systems", topicId, meta.systemIds());
    store.replaceTerms("forum_topic_audiences", topicId, meta.audienceIds());
    List<Long> newTags = store.replaceTags(topicId, ForumStore.cleanTags(r.tags()));
    db.update(
        "UPDATE forum_categories SET topic_count = topic_count + 1 WHERE id = ?", r.categoryId());
    store.addStats(me.id(), "topic_count", 1);
    db.update(
        "INSERT IGNORE INTO forum_topic_follows (member_id, topic_id) VALUES (?, ?)",
        me.id(),
        topicId);
    store.markRead(me.id(), topicId, 1);

    TopicCreated created =
        new TopicCreated(topicId, r.categoryId(), r.kind(), me.id(), r.title().strip(), now);
    events.publishEvent(created);
    feed.publish(created);
    publishNewTags(newTags);
    publishMentions(
        topicId, postId, me.id(), union(body.mentions(), sections.mentions()), Set.of());
    idempotency.record(me.id(), key, hash, "topic", topicId);
    return new Created(topicId, false);
  }

  /** Validated, kind-dependent topic metadata. */
  record Meta(
      List<Long> systemIds,
      @Nullable Long workplaceTypeId,
      @Nullable String orgSize,
      @Nullable String duration,
      @Nullable String trainingFormat,
      List<Long> audienceIds,
      @Nullable String linkUrl) {}

  private Meta meta(
      TopicKind kind,
      @Nullable List<Long> systemIds,
      @Nullable Long workplaceTypeId,
      @Nullable String orgSize,
      @Nullable String duration,
      @Nullable String trainingFormat,
      @Nullable List<Long> audienceIds,
      @Nullable String linkUrl) {
    List<Long> systems = store.terms("systemIds", "SYSTEM", systemIds);
    Long workplace = null;
    if (workplaceTypeId != null) {
      workplace = store.terms("workplaceTypeId", "WORKPLACE_TYPE", List.of(workplaceTypeId)).get(0);
    }
    boolean story = kind == TopicKind.STORY;
    boolean training = kind == TopicKind.TRAINING;
    OrgSize size = story ? ChoiceParser.parse(OrgSize.class, "orgSize", orgSize) : null;
    ImplementationDuration took = story ? ChoiceParser.parse(ImplementationDuration.class, "duration", duration) : null;
    TrainingFormat format =
        training ? ChoiceParser.parse(TrainingFormat.class, "trainingFormat", trainingFormat) : null;
    List<Long> audiences =
        training ? store.terms("audienceIds", "AUDIENCE", audienceIds) : List.of();
    String link = training ? validLink(linkUrl) : null;
    return new Meta(
        systems,
        workplace,
        size == null ? null : size.name(),
        took == null ? null : took.name(),
        format == null ? null : format.name(),
        audiences,
        link);
  }

  private static String validLink(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip();
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme();
      if (scheme != null
          && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          && uri.getHost() != null) {
        return u;
      }
    } catch (java.net.URISyntaxException e) {
      // falls through to the refusal
    }
    throw ApiException.invalidValue("linkUrl", "url", "must be an http(s) address");
  }

  private static void requireKindFields(
      TopicKind kind,
      @Nullable String body,
      @Nullable ForumDtos.StoryFields story,
      Meta meta,
      boolean creating) {
    if (kind == TopicKind.STORY) {
      if (creating && (story == null || blank(story.context()) || blank(story.whatWeDid()))) {
        throw new ApiException(
            HttpStatus.BAD_REQUEST,
            "validation",
            "Bad Request",
            "An implementation story needs at least its context and what you did",
            List.of(
                new no.helsebro.platform.errors.Problem.FieldError(
                    blank(story == null ? null : story.context())
                        ? "story.context"
                        : "story.whatWeDid",
                    "must not be blank",
                    "required")));
      }
    } else if (creating && blank(body)) {
      throw ApiException.invalidValue("body", "required", "must not be blank");
    }
    if (kind == TopicKind.TRAINING && creating) {
      if (meta.trainingFormat() == null) {
        throw ApiException.invalidValue("trainingFormat", "required", "must not be blank");
      }
      if (meta.linkUrl() == null) {
        throw ApiException.invalidValue("linkUrl", "required", "must not be blank");
      }
    }
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  // ---------------------------------------------------------------- replies

  Created reply(CurrentMember me, long topicId, ForumDtos.ReplyRequest r, @Nullable String idemKey) {
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
    GuardedMarkdown.Body body = writing.body("body", r.body());
    rateLimiter.check(me.id(), false, body.links(), now);

    int number = t.lastPostNumber() + 1;
    long postId =
        db.insert(
            "INSERT INTO forum_posts (topic_id, post_number, author_id, body_md, body_html,"
                + " reply_to_post_id, created_at, link_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            topicId,
            number,
            me.id(),
            body.markdown(),
            body.html(),
            r.replyToPostId(),
            now,
            body.links());
    db.update(
        "UPDATE forum_topics SET last_post_number = ?, reply_count = reply_count + 1,"
            + " answer_count = answer_count + ?, last_activity_at = ?, last_poster_id = ?"
            + " WHERE id = ?",
        number,
        Answers.count(t.authorId(), me.id()),
        now,
        me.id(),
        topicId);
    store.addStats(me.id(), "reply_count", 1);
    store.markRead(me.id(), topicId, number);

    ReplyPosted posted =
        new ReplyPosted(
            topicId, postId, number, me.id(), t.authorId(), t.kind(), replyToAuthor, now);
    events.publishEvent(posted);
    feed.publish(posted);
    publishMentions(topicId, postId, me.id(), body.mentions(), Set.of());
    idempotency.record(me.id(), key, hash, "post", postId);
    return new Created(postId, false, topicId, number);
  }

  private static void requireOpenFor(CurrentMember me, ForumStore.LockedTopic t) {
    if (t.mergedIntoId() != null || (!t.visible() && !me.isCoordinator())) {
      throw ApiException.notFound("Topic");
    }
    if (t.locked() && !me.isCoordinator()) {
      throw ApiException.conflict("topic-locked", "The topic is locked: no new replies.");
    }
    if (t.closed() && !me.isCoordinator()) {
      throw ApiException.conflict("topic-closed", "The topic is closed: no new replies.");
    }
  }

  Created addFollowUp(
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
      CurrentMember me, long topicId, ForumDtos.FollowUpRequest r, @Nullable String key, String hash) {
    ForumStore.LockedTopic t = store.lockTopic(topicId);
    if (t.kind() != TopicKind.STORY) {
      throw ApiException.conflict("not-a-story", "Follow-ups belong to implementation stories.");
    }
    if (!Long.valueOf(me.id()).equals(t.authorId())) {
      throw ApiException.forbidden("not-author", "Only the story's author adds follow-ups.");
    }
    if (!t.visible()) {
      throw ApiException.notFound("Topic");
    }
    Instant now = ForumStore.now();
    GuardedMarkdown.Body body = writing.body("body", r.body());
    rateLimiter.check(me.id(), false, body.links(), now);
    long id =
        db.insert(
            "INSERT INTO forum_story_followups (topic_id, author_id, body_md, body_html, created_at)"
                + " VALUES (?, ?, ?, ?, ?)",
            topicId,
            me.id(),
            body.markdown(),
            body.html(),
            now);
    db.update("UPDATE forum_topics SET last_activity_at = ? WHERE id = ?", now, topicId);
    feed.publish(new StoryFollowUpPosted(topicId, id, me.id()));
    idempotency.record(me.id(), key, hash, "followup", id);
    return new Created(id, false);
  }

  // ---------------------------------------------------------------- edits and deletes

  @Transactional
  void edit(CurrentMember me, long postId, ForumDtos.EditPostRequest r) {
    ForumStore.PostRow post =
        store.post(postId, false).orElseThrow(() -> ApiException.notFound("Post"));
    ForumStore.LockedTopic t = store.lockTopic(post.topicId());
    post = store.post(postId, true).orElseThrow(() -> ApiException.notFound("Post"));
    boolean author = Long.valueOf(me.id()).equals(post.authorId());
    if (!author && !me.isCoordinator()) {
      throw ApiException.forbidden("not-author", "Only the author or a coordinator edits a post.");
    }
    if (!me.isCoordinator() && (post.deleted() || post.hidden() || t.mergedIntoId() != null)) {
      throw ApiException.conflict(
          "post-not-editable", "A deleted or hidden post cannot be edited.");
    }
    if (!me.isCoordinator() && t.locked()) {
      throw ApiException.conflict("topic-locked", "The topic is locked.");
    }
    boolean opening = post.postNumber() == 1;
    String currentTitle =
        opening
            ? db.one("SELECT title FROM forum_topics WHERE id = ?", rs -> rs.getString(1), t.id())
                .orElseThrow()
            : null;
    if (r.version() != post.version()) {
      throw conflict(post, currentTitle, r);
    }
    String newTitle = opening && r.title() != null ? r.title().strip() : currentTitle;
    GuardedMarkdown.guard("title", newTitle);
    String newBodyMd = r.body() != null ? r.body() : post.bodyMd();
    if (t.kind() != TopicKind.STORY || !opening) {
      if (newBodyMd.isBlank()) {
        throw ApiException.invalidValue("body", "required", "must not be blank");
      }
    }
    GuardedMarkdown.Body body = writing.body("body", newBodyMd);
    GuardedMarkdown.Sections sections =
        opening && t.kind() == TopicKind.STORY
            ? (r.story() != null
                ? writing.sections(r.story())
                : writing.sections(storyOf(post.fieldsMd())))
            : GuardedMarkdown.Sections.NONE;
    if (opening && t.kind() == TopicKind.STORY && r.story() != null) {
      if (blank(r.story().context()) || blank(r.story().whatWeDid())) {
        throw ApiException.invalidValue(
            blank(r.story().context()) ? "story.context" : "story.whatWeDid",
            "required",
            "must not be blank");
      }
    }
    Instant now = ForumStore.now();
    db.insert(
        "INSERT INTO forum_post_revisions (post_id, version, title, body_md, fields_md, editor_id,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        post.id(),
        post.version(),
        currentTitle,
        post.bodyMd(),
        post.fieldsMd(),
        post.editedBy() != null ? post.editedBy() : post.authorId(),
        post.editedAt() != null ? post.editedAt() : post.createdAt());
    db.update(
        "UPDATE forum_posts SET body_md = ?, body_html = ?, fields_md = ?, fields_html = ?,"
            + " link_count = ?, version = version + 1, edited_at = ?, edited_by = ? WHERE id = ?",
        body.markdown(),
        body.html(),
        sections.markdownJson(),
        sections.htmlJson(),
        body.links() + sections.links(),
        now,
        me.id(),
        post.id());
    if (opening) {
      Meta meta =
          meta(
              t.kind(),
              r.systemIds(),
              r.workplaceTypeId(),
              r.orgSize(),
              r.duration(),
              r.trainingFormat(),
              r.audienceIds(),
              r.linkUrl());
      db.update(
          "UPDATE forum_topics SET title = ?,"
              + " workplace_type_id = IF(?, ?, workplace_type_id),"
              + " org_size = COALESCE(?, org_size), duration = COALESCE(?, duration),"
              + " training_format = COALESCE(?, training_format), link_url = COALESCE(?, link_url)"
              + " WHERE id = ?",
          newTitle,
          r.workplaceTypeId() != null,
          meta.workplaceTypeId(),
          meta.orgSize(),
          meta.duration(),
          meta.trainingFormat(),
          meta.linkUrl(),
          t.id());
      if (r.systemIds() != null) {
        store.replaceTerms("forum_topic_systems", t.id(), meta.systemIds());
      }
      if (r.audienceIds() != null && t.kind() == TopicKind.TRAINING) {
        store.replaceTerms("forum_topic_audiences", t.id(), meta.audienceIds());
      }
      if (r.tags() != null) {
        publishNewTags(store.replaceTags(t.id(), ForumStore.cleanTags(r.tags())));
      }
    }
    feed.publish(new PostEdited(post.id(), t.id(), post.postNumber(), post.authorId(), me.id()));
    if (!author) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("topicId", t.id());
      details.put("postNumber", post.postNumber());
      details.put("version", post.version() + 1);
      audit.record(me.id(), "post.edited", "post", post.id(), null, details);
    }
    Set<Long> before =
        no.helsebro.platform.content.MarkdownRenderer.render(post.bodyMd()).mentionedMemberIds();
    publishMentions(
        t.id(), post.id(), me.id(), union(body.mentions(), sections.mentions()), before);
  }

  private ForumDtos.StoryFields storyOf(@Nullable String fieldsMd) {
    Map<String, String> m = writing.read(fieldsMd);
    return m == null ? null : ForumDtos.StoryFields.of(m);
  }

  private ApiException conflict(
      ForumStore.PostRow post, @Nullable String title, ForumDtos.EditPostRequest r) {
    Map<String, Object> current = new LinkedHashMap<>();
    current.put("version", post.version());
    if (title != null) {
      current.put("title", title);
    }
    current.put("body", post.bodyMd());
    if (post.fieldsMd() != null) {
      current.put("story", writing.read(post.fieldsMd()));
    }
    Long editor = post.editedBy() != null ? post.editedBy() : post.authorId();
    if (editor != null) {
      current.put("editedBy", store.displayName(editor));
    }
    Instant at = post.editedAt() != null ? post.editedAt() : post.createdAt();
    current.put("editedAt", at.toString());
    Map<String, Object> yours = new LinkedHashMap<>();
    yours.put("version", r.version());
    if (r.title() != null) {
      yours.put("title", r.title());
    }
    yours.put("body", r.body() == null ? post.bodyMd() : r.body());
    if (r.story() != null) {
      yours.put("story", r.story().asMap());
    }
    return ApiException.conflict(
            "edit-conflict",
            "Someone else saved a new version of this post while you were editing.")
        .with("current", current)
        .with("yours", yours);
  }

  /** Soft delete by the author; a coordinator may restore it. */
  @Transactional
  void delete(CurrentMember me, long postId) {
    ForumStore.PostRow post =
        store.post(postId, false).orElseThrow(() -> ApiException.notFound("Post"));
    ForumStore.LockedTopic t = store.lockTopic(post.topicId());
    post = store.post(postId, true).orElseThrow(() -> ApiException.notFound("Post"));
    boolean author = Long.valueOf(me.id()).equals(post.authorId());
    if (!author && !me.isCoordinator()) {
      throw ApiException.forbidden("not-author", "Only the author deletes a post.");
    }
    if (post.deleted()) {
      return;
    }
    db.update("UPDATE forum_posts SET deleted = TRUE WHERE id = ?", post.id());
    feed.publish(new PostDeleted(post.id(), t.id(), post.postNumber(), post.authorId(), me.id()));
    afterRemoval(t, post, me.id());
    if (!author) {
      audit.record(
          me.id(),
          "post.deleted",
          "post",
          post.id(),
          null,
          Map.of("topicId", t.id(), "postNumber", post.postNumber()));
    }
  }

  /**
   * Bookkeeping when a post leaves the thread (deleted or hidden); publishes what it changes on the
   * topic ({@code byId} null when no member removed it).
   */
  void afterRemoval(ForumStore.LockedTopic t, ForumStore.PostRow post, @Nullable Long byId) {
    if (post.postNumber() == 1) {
      if (store.refreshVisibility(t.id())) {
        feed.publish(new TopicChanged(t.id(), TopicChanged.Change.HIDDEN, byId));
      }
    } else if (!post.deleted() && !post.hidden()) {
      db.update(
          "UPDATE forum_topics SET reply_count = GREATEST(reply_count - 1, 0),"
              + " answer_count = GREATEST(answer_count - ?, 0) WHERE id = ?",
          Answers.count(t.authorId(), post.authorId()),
          t.id());
    }
    if (Long.valueOf(post.id()).equals(t.acceptedPostId())) {
      db.update(
          "UPDATE forum_topics SET solved = FALSE, accepted_post_id = NULL WHERE id = ?", t.id());
      if (post.authorId() != null) {
        store.addStats(post.authorId(), "accepted_count", -1);
      }
      feed.publish(new TopicChanged(t.id(), TopicChanged.Change.ANSWER_UNACCEPTED, byId));
    }
  }

  // ---------------------------------------------------------------- accepting an answer

  @Transactional
  void accept(CurrentMember me, long topicId, long postId) {
    ForumStore.LockedTopic t = store.lockTopic(topicId);
    requireAsker(me, t);
    ForumStore.PostRow post =
        store
            .post(postId, false)
            .filter(
                p -> p.topicId() == topicId && p.postNumber() > 1 && !p.deleted() && !p.hidden())
            .orElseThrow(
                () -> ApiException.invalidField("postId", "validation", "not a reply here"));
    if (Long.valueOf(postId).equals(t.acceptedPostId())) {
      return;
    }
    if (t.acceptedPostId() != null) {
      store
          .post(t.acceptedPostId(), false)
          .map(ForumStore.PostRow::authorId)
          .ifPresent(a -> store.addStats(a, "accepted_count", -1));
    }
    db.update(
        "UPDATE forum_topics SET solved = TRUE, accepted_post_id = ? WHERE id = ?",
        postId,
        topicId);
    if (post.authorId() != null) {
      store.addStats(post.authorId(), "accepted_count", 1);
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
        .ifPresent(a -> store.addStats(a, "accepted_count", -1));
    db.update(
        "UPDATE forum_topics SET solved = FALSE, accepted_post_id = NULL WHERE id = ?", topicId);
    feed.publish(new TopicChanged(topicId, TopicChanged.Change.ANSWER_UNACCEPTED, me.id()));
  }

  private static void requireAsker(CurrentMember me, ForumStore.LockedTopic t) {
    if (!t.visible() && !me.isCoordinator()) {
      throw ApiException.notFound("Topic");
    }
    if (t.kind() != TopicKind.QUESTION) {
      throw ApiException.conflict("not-a-question", "Only questions have an accepted answer.");
    }
    if (!Long.valueOf(me.id()).equals(t.authorId()) && !me.isCoordinator()) {
      throw ApiException.forbidden(
          "not-asker", "Only the asker or a coordinator accepts an answer.");
    }
  }

  // ---------------------------------------------------------------- recognition

  @Transactional
  ForumDtos.ReactionView react(CurrentMember me, long postId, char kind, boolean on) {
    ForumStore.PostRow post =
        store
            .post(postId, false)
            .filter(p -> !p.deleted() && !p.hidden())
            .orElseThrow(() -> ApiException.notFound("Post"));
    if (Long.valueOf(me.id()).equals(post.authorId())) {
      throw ApiException.conflict("own-post", "You cannot mark your own post.");
    }
    if (kind == 'H' && post.postNumber() == 1) {
      throw ApiException.conflict("not-a-reply", "Only replies can be marked helpful.");
    }
    ensureTopicReadable(me, post.topicId());
    int changed =
        on
            ? db.update(
                "INSERT IGNORE INTO forum_reactions (post_id, member_id, kind) VALUES (?, ?, ?)",
                postId,
                me.id(),
                String.valueOf(kind))
            : db.update(
                "DELETE FROM forum_reactions WHERE post_id = ? AND member_id = ? AND kind = ?",
                postId,
                me.id(),
                String.valueOf(kind));
    if (changed == 1) {
      int d = on ? 1 : -1;
      String column = kind == 'H' ? "helpful_count" : "thanks_count";
      db.update(
          "UPDATE forum_posts SET " + column + " = " + column + " + ? WHERE id = ?", d, postId);
      db.update(
          "UPDATE forum_topics SET " + column + " = " + column + " + ? WHERE id = ?",
          d,
          post.topicId());
      if (post.authorId() != null) {
        store.addStats(post.authorId(), kind == 'H' ? "helpful_received" : "thanks_received", d);
      }
      feed.publish(
          new PostRecognised(
              postId,
              post.topicId(),
              post.authorId(),
              me.id(),
              kind == 'H' ? PostRecognised.Kind.HELPFUL : PostRecognised.Kind.THANKS,
              on));
    }
    return db.one(
            "SELECT p.helpful_count, p.thanks_count,"
                + " EXISTS(SELECT 1 FROM forum_reactions r WHERE r.post_id = p.id AND r.member_id = ?"
                + "   AND r.kind = 'H') AS h,"
                + " EXISTS(SELECT 1 FROM forum_reactions r WHERE r.post_id = p.id AND r.member_id = ?"
                + "   AND r.kind = 'T') AS t"
                + " FROM forum_posts p WHERE p.id = ?",
            rs ->
                new ForumDtos.ReactionView(
                    rs.getInt(1), rs.getInt(2), rs.getBoolean(3), rs.getBoolean(4)),
            me.id(),
            me.id(),
            postId)
        .orElseThrow();
  }

  @Transactional
  ForumDtos.UsedView used(CurrentMember me, long topicId, boolean on) {
    record T(TopicKind kind, Long author, boolean visible) {}
    T t =
        db.one(
                "SELECT kind, author_id, visible FROM forum_topics WHERE id = ?",
                rs ->
                    new T(
                        TopicKind.valueOf(rs.getString(1)),
                        Db.nullableLong(rs, "author_id"),
                        rs.getBoolean(3)),
                topicId)
            .filter(x -> x.visible())
            .orElseThrow(() -> ApiException.notFound("Topic"));
    if (t.kind() != TopicKind.TRAINING) {
      throw ApiException.conflict("not-a-training-resource", "Only training resources count uses.");
    }
    if (Long.valueOf(me.id()).equals(t.author())) {
      throw ApiException.conflict("own-post", "You cannot count your own resource.");
    }
    int changed =
        on
            ? db.update(
                "INSERT IGNORE INTO forum_training_uses (topic_id, member_id) VALUES (?, ?)",
                topicId,
                me.id())
            : db.update(
                "DELETE FROM forum_training_uses WHERE topic_id = ? AND member_id = ?",
                topicId,
                me.id());
    if (changed == 1) {
      db.update(
          "UPDATE forum_topics SET used_count = used_count + ? WHERE id = ?", on ? 1 : -1, topicId);
      feed.publish(new TrainingResourceUsed(topicId, me.id(), on));
    }
    return db.one(
            "SELECT used_count, EXISTS(SELECT 1 FROM forum_training_uses u WHERE u.topic_id = t.id"
                + " AND u.member_id = ?) FROM forum_topics t WHERE t.id = ?",
            rs -> new ForumDtos.UsedView(rs.getInt(1), rs.getBoolean(2)),
            me.id(),
            topicId)
        .orElseThrow();
  }

  private void ensureTopicReadable(CurrentMember me, long topicId) {
    boolean visible =
        db.one("SELECT visible FROM forum_topics WHERE id = ?", rs -> rs.getBoolean(1), topicId)
            .orElse(false);
    if (!visible && !me.isCoordinator()) {
      throw ApiException.notFound("Post");
    }
  }

  // ---------------------------------------------------------------- helpers

  private void publishMentions(
      long topicId, long postId, long authorId, Set<Long> now, Set<Long> before) {
    Set<Long> fresh = new LinkedHashSet<>(now);
    fresh.removeAll(before);
    fresh.remove(authorId);
    if (fresh.isEmpty()) {
      return;
    }
    // Only real, active members count as mentioned.
    List<Long> real =
        db.list(
            "SELECT id FROM members WHERE status = 'ACTIVE' AND id IN ("
                + Db.marks(fresh.size())
                + ")",
            rs -> rs.getLong(1),
            fresh.toArray());
    if (!real.isEmpty()) {
      MembersMentioned mentioned =
          new MembersMentioned(topicId, postId, authorId, new LinkedHashSet<>(real));
      events.publishEvent(mentioned);
      feed.publish(mentioned);
    }
  }

  private void publishNewTags(List<Long> created) {
    if (!created.isEmpty()) {
      feed.publish(new TagsChanged(List.copyOf(created)));
    }
  }

  private static Set<Long> union(Set<Long> a, Set<Long> b) {
    Set<Long> u = new LinkedHashSet<>(a);
    u.addAll(b);
    return u;
  }
}
