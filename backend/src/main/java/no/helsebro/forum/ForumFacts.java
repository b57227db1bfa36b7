package no.helsebro.forum;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/**
 * Bulk reads of forum facts for the insights and groups modules (STYLE.md item 18: they read the
 * forum through this facade, never its tables). Only what every member may see counts: visible
 * topics, posts neither deleted nor hidden.
 */
@Singleton
public class ForumFacts {

  // Hand-written SQL only for aggregates and filters a repository cannot state (ADR 0211):
  // topics with their first answer, recent topics by any of three filters, contributions,
  // stories due a follow-up.
  private final JdbcQueries db;
  private final TopicRepository topicRows;
  private final PostRepository postRows;
  private final TopicFollowRepository topicFollows;
  private final CategoryFollowRepository categoryFollows;
  private final TagFollowRepository tagFollows;
  private final CreateTopic createTopic;

  ForumFacts(
      JdbcQueries db,
      TopicRepository topicRows,
      PostRepository postRows,
      TopicFollowRepository topicFollows,
      CategoryFollowRepository categoryFollows,
      TagFollowRepository tagFollows,
      CreateTopic createTopic) {
    this.db = db;
    this.topicRows = topicRows;
    this.postRows = postRows;
    this.topicFollows = topicFollows;
    this.categoryFollows = categoryFollows;
    this.tagFollows = tagFollows;
    this.createTopic = createTopic;
  }

  /**
   * A visible topic with an author, as insights counts it.
   *
   * @param firstAnswerAt when someone other than the author first replied (null: nobody yet)
   * @param acceptedAnswerAt when the reply that is now the accepted answer was posted
   */
  public record TopicFact(
      long topicId,
      TopicKind kind,
      long authorId,
      Instant createdAt,
      @Nullable Instant firstAnswerAt,
      @Nullable Instant acceptedAnswerAt) {}

  /** Visible topics with an author and an id above {@code afterTopicId}, by id; at most limit. */
  public List<TopicFact> topics(long afterTopicId, int limit) {
    return db.list(
        "SELECT t.id, t.kind, t.author_id, t.created_at,"
            + " (SELECT MIN(p.created_at) FROM forum_posts p WHERE p.topic_id = t.id"
            + " AND p.post_number > 1 AND NOT p.deleted AND NOT p.hidden"
            + " AND p.author_id IS NOT NULL AND p.author_id <> t.author_id) AS first_answer_at,"
            + " a.created_at AS accepted_answer_at"
            + " FROM forum_topics t LEFT JOIN forum_posts a ON a.id = t.accepted_post_id"
            + " WHERE t.id > ? AND t.visible AND t.author_id IS NOT NULL ORDER BY t.id LIMIT ?",
        rs ->
            new TopicFact(
                rs.getLong(1),
                TopicKind.valueOf(rs.getString(2)),
                rs.getLong(3),
                JdbcQueries.instant(rs, "created_at"),
                JdbcQueries.instant(rs, "first_answer_at"),
                JdbcQueries.instant(rs, "accepted_answer_at")),
        afterTopicId,
        Math.max(1, limit));
  }

  /** A post (opening post or reply) written by a member who still has an account. */
  @Introspected
  public record PostFact(long postId, long authorId, Instant createdAt) {}

  /** Posts neither deleted nor hidden, in visible topics, with an id above afterPostId, by id. */
  public List<PostFact> posts(long afterPostId, int limit) {
    return postRows.facts(afterPostId, Math.max(1, limit));
  }

  /** A visible, open question nobody has replied to. */
  @Introspected
  public record OpenQuestion(long topicId, long askerId, Instant askedAt) {}

  /** Unanswered open questions asked in [askedAfter, askedBefore), newest first; at most limit. */
  public List<OpenQuestion> unanswered(Instant askedAfter, Instant askedBefore, int limit) {
    return topicRows.unanswered(askedAfter, askedBefore, Math.max(1, limit));
  }

  /** A topic as a list shows it: what it is, who started it, how far it has come. */
  @Introspected
  public record TopicLine(
      long topicId,
      TopicKind kind,
      String title,
      @Nullable Long authorId,
      Instant createdAt,
      int replyCount,
      boolean solved) {}

  /**
   * The newest visible questions, stories and training resources that were started by one of {@code
   * authorIds}, carry {@code systemId}, or are among {@code topicIds}; at most limit.
   */
  public List<TopicLine> recentTopics(
      Collection<Long> authorIds, @Nullable Long systemId, Collection<Long> topicIds, int limit) {
    List<String> any = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (!authorIds.isEmpty()) {
      any.add("t.author_id IN (" + JdbcQueries.marks(authorIds.size()) + ")");
      args.addAll(authorIds);
    }
    if (systemId != null) {
      any.add("t.id IN (SELECT s.topic_id FROM forum_topic_systems s WHERE s.term_id = ?)");
      args.add(systemId);
    }
    if (!topicIds.isEmpty()) {
      any.add("t.id IN (" + JdbcQueries.marks(topicIds.size()) + ")");
      args.addAll(topicIds);
    }
    if (any.isEmpty()) {
      return List.of();
    }
    args.add(Math.max(1, limit));
    return db.list(
        "SELECT t.id, t.kind, t.title, t.author_id, t.created_at, t.reply_count, t.solved"
            + " FROM forum_topics t WHERE t.visible AND t.kind IN ('QUESTION', 'STORY', 'TRAINING')"
            + " AND ("
            + String.join(" OR ", any)
            + ") ORDER BY t.id DESC LIMIT ?",
        rs ->
            new TopicLine(
                rs.getLong(1),
                TopicKind.valueOf(rs.getString(2)),
                rs.getString(3),
                JdbcQueries.nullableLong(rs, "author_id"),
                JdbcQueries.instant(rs, "created_at"),
                rs.getInt(6),
                rs.getBoolean(7)),
        args.toArray());
  }

  /**
   * What a member contributed in [from, to), for the contribution report. Counts only what every
   * member may see.
   *
   * @param questionsAnswered other members' questions the member replied to
   * @param acceptedAnswers replies of theirs written in the period that are the accepted answer
   * @param helpfulReceived "helpful" marks their posts got in the period
   * @param thanksReceived thanks their posts got in the period
   * @param storiesShared implementation stories they started in the period
   * @param storyMarks helpful marks and thanks their stories got in the period
   * @param trainingShared training resources they shared in the period
   * @param trainingUses "I used this" marks their training resources got in the period
   */
  public record MemberContribution(
      long questionsAnswered,
      long acceptedAnswers,
      long helpfulReceived,
      long thanksReceived,
      long storiesShared,
      long storyMarks,
      long trainingShared,
      long trainingUses) {}

  public MemberContribution contribution(long memberId, Instant from, Instant to) {
    long answered =
        db.count(
            "SELECT COUNT(DISTINCT p.topic_id) FROM forum_posts p JOIN forum_topics t"
                + " ON t.id = p.topic_id WHERE p.author_id = ? AND p.created_at >= ?"
                + " AND p.created_at < ? AND p.post_number > 1 AND NOT p.deleted AND NOT p.hidden"
                + " AND t.visible AND t.kind = 'QUESTION' AND (t.author_id IS NULL OR"
                + " t.author_id <> p.author_id)",
            memberId,
            from,
            to);
    long accepted =
        db.count(
            "SELECT COUNT(*) FROM forum_posts p JOIN forum_topics t ON t.accepted_post_id = p.id"
                + " WHERE p.author_id = ? AND p.created_at >= ? AND p.created_at < ? AND t.visible",
            memberId,
            from,
            to);
    long[] marks = new long[4];
    for (Object[] row :
        db.list(
            "SELECT r.kind, t.kind = 'STORY', COUNT(*) FROM forum_posts p"
                + " JOIN forum_reactions r ON r.post_id = p.id JOIN forum_topics t"
                + " ON t.id = p.topic_id WHERE p.author_id = ? AND r.created_at >= ?"
                + " AND r.created_at < ? AND NOT p.deleted AND NOT p.hidden AND t.visible"
                + " AND r.member_id <> p.author_id GROUP BY r.kind, t.kind = 'STORY'",
            rs -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getLong(3)},
            memberId,
            from,
            to)) {
      long n = (Long) row[2];
      boolean story = (Boolean) row[1];
      if ("H".equals(row[0])) {
        marks[0] += n;
      } else {
        marks[1] += n;
      }
      if (story) {
        marks[2] += n;
      }
    }
    long stories = topicsOfKind(memberId, TopicKind.STORY, from, to);
    long training = topicsOfKind(memberId, TopicKind.TRAINING, from, to);
    long uses =
        db.count(
            "SELECT COUNT(*) FROM forum_topics t JOIN forum_training_uses u ON u.topic_id = t.id"
                + " WHERE t.author_id = ? AND t.kind = 'TRAINING' AND t.visible"
                + " AND u.created_at >= ? AND u.created_at < ? AND u.member_id <> t.author_id",
            memberId,
            from,
            to);
    return new MemberContribution(
        answered, accepted, marks[0], marks[1], stories, marks[2], training, uses);
  }

  private long topicsOfKind(long memberId, TopicKind kind, Instant from, Instant to) {
    return db.count(
        "SELECT COUNT(*) FROM forum_topics WHERE author_id = ? AND created_at >= ?"
            + " AND created_at < ? AND kind = ? AND visible",
        memberId,
        from,
        to,
        kind);
  }

  /** A question a member asks through another module (a peer group), with the forum's checks. */
  public record NewQuestion(
      long categoryId, String title, String body, List<Long> systemIds, List<String> tags) {}

  /**
   * Asks a question as the member, exactly as the forum's own form does (validation, patient-data
   * guard, new-member limits); joins the caller's transaction, which runs inside {@link
   * no.helsebro.platform.idempotency.Idempotency#once}: the key (already checked) is recorded with
   * the new topic and the caller's request hash.
   *
   * @return the new topic's id
   */
  public long ask(
      long memberId,
      Set<String> roles,
      NewQuestion q,
      @Nullable String idemKey,
      String requestHash) {
    Set<String> all = roles.isEmpty() ? Set.of(Roles.ADVISOR) : roles;
    return createTopic
        .createInTransaction(
            new CurrentMember(memberId, all),
            new ForumDtos.CreateTopicRequest(
                q.categoryId(),
                TopicKind.QUESTION,
                q.title(),
                q.body(),
                q.tags(),
                q.systemIds(),
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            idemKey,
            requestHash)
        .id();
  }

  /** Titles of the given visible topics, by id (for lists in other modules). */
  public Map<Long, TopicLine> lines(Collection<Long> topicIds) {
    return byId(topicIds, topicRows::lines, TopicLine::topicId);
  }

  /** Members following a topic (for notifications). */
  public List<Long> topicFollowers(long topicId) {
    return topicFollows.followersOf(topicId);
  }

  /** Members following a category (for notifications). */
  public List<Long> categoryFollowers(long categoryId) {
    return categoryFollows.followersOf(categoryId);
  }

  /**
   * An implementation story whose author is due a reminder to add a follow-up: {@code months} (3, 6
   * or 12) after it was posted.
   */
  public record StoryFollowUpDue(long topicId, long authorId, String title, int months) {}

  /**
   * Stories, visible and with an author, that passed 3, 6 or 12 months since they were posted
   * within the last {@code window}, and whose author has added no follow-up since that date (issue
   * 12: "a reminder to add a follow-up to my implementation story 3, 6 and 12 months after").
   */
  public List<StoryFollowUpDue> storiesDueForFollowUp(Instant now, java.time.Duration window) {
    List<StoryFollowUpDue> out = new ArrayList<>();
    for (int months : new int[] {3, 6, 12}) {
      out.addAll(
          db.list(
              "SELECT t.id, t.author_id, t.title FROM forum_topics t"
                  + " WHERE t.kind = 'STORY' AND t.visible AND t.author_id IS NOT NULL"
                  + " AND t.created_at <= ? - INTERVAL "
                  + months
                  + " MONTH AND t.created_at > ? - INTERVAL "
                  + months
                  + " MONTH - INTERVAL ? SECOND"
                  + " AND NOT EXISTS (SELECT 1 FROM forum_story_followups f"
                  + " WHERE f.topic_id = t.id AND f.author_id = t.author_id"
                  + " AND f.created_at >= t.created_at + INTERVAL "
                  + months
                  + " MONTH)",
              rs -> new StoryFollowUpDue(rs.getLong(1), rs.getLong(2), rs.getString(3), months),
              java.sql.Timestamp.from(now),
              java.sql.Timestamp.from(now),
              window.toSeconds()));
    }
    return out;
  }

  /**
   * Members who followed any tag of a topic when it was posted, each once (for notifications). The
   * notice is sent when the feed reaches the topic, possibly after a member followed one of its
   * tags because of this very topic: that member was not following it when it was posted.
   */
  public List<Long> tagFollowers(long topicId) {
    return tagFollows.followersWhenPosted(topicId);
  }

  /**
   * Where a post every member may see is: its topic (visible), its number in the thread and the
   * topic's title; empty for a post that is deleted, hidden or in a topic that is not visible.
   */
  @Introspected
  public record PostPlace(long postId, long topicId, int postNumber, String title) {}

  /** The places of the given visible posts, by post id (for links in other modules). */
  public Map<Long, PostPlace> places(Collection<Long> postIds) {
    return byId(postIds, postRows::places, PostPlace::postId);
  }

  /** The rows read for these ids, by id (none read for no ids). */
  private static <T> Map<Long, T> byId(
      Collection<Long> ids, Function<Collection<Long>, List<T>> read, Function<T, Long> id) {
    Map<Long, T> out = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      read.apply(ids).forEach(row -> out.put(id.apply(row), row));
    }
    return out;
  }
}
