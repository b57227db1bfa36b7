package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import java.util.Objects;

/**
 * The one rule for "answered" (docs/adr/0406): a topic is answered by a visible reply — neither
 * deleted nor hidden — from someone other than the member who started it. The asker's own replies
 * (more details, "still not working") never answer their question.
 *
 * <p>{@code forum_topics.answer_count} counts those replies. It is kept in the transactions that
 * add, remove, restore or move replies ({@link PostReply}, {@link PostRemoval}, {@link
 * ForumModeration}) and read wherever "unanswered" is asked: the topic lists' filter and sort,
 * {@link ForumQuestions#unanswered} for the routing ladder, and {@link ReplyPosted#answersTopic()}
 * for listeners.
 */
final class Answers {

  private Answers() {}

  /** True when a reply by {@code replyAuthorId} answers a topic started by {@code askerId}. */
  static boolean answers(@Nullable Long askerId, @Nullable Long replyAuthorId) {
    return !Objects.equals(askerId, replyAuthorId);
  }

  /** 1 when the reply answers the topic, else 0: the change to {@code answer_count}. */
  static int count(@Nullable Long askerId, @Nullable Long replyAuthorId) {
    return answers(askerId, replyAuthorId) ? 1 : 0;
  }

  /** The condition, on topics aliased {@code t}, that nobody but the asker has replied. */
  static final String UNANSWERED = "t.answer_count = 0";

  /**
   * Counts one topic's answers again from its posts (after a merge moved posts of another asker
   * in); the same rule as {@link #answers}, with SQL's null-safe equality for deleted accounts.
   */
  static final String RECOUNT =
      "UPDATE forum_topics t SET t.answer_count = (SELECT COUNT(*) FROM forum_posts p"
          + " WHERE p.topic_id = t.id AND p.post_number > 1 AND NOT p.deleted AND NOT p.hidden"
          + " AND NOT (p.author_id <=> t.author_id)) WHERE t.id = ?";
}
