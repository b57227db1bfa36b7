package no.helsebro.forum;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A member's forum totals for their profile.
 *
 * @param topics topics started
 * @param replies replies written
 * @param helpfulReceived "helpful" marks their replies received
 * @param thanksReceived thanks their posts received
 * @param acceptedAnswers their replies accepted as the answer to a question
 */
@Serdeable
public record MemberForumStats(
    int topics, int replies, int helpfulReceived, int thanksReceived, int acceptedAnswers) {

  public static final MemberForumStats NONE = new MemberForumStats(0, 0, 0, 0, 0);
}
