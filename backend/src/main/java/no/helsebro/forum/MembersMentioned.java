package no.helsebro.forum;

import java.util.Set;

/**
 * A post (new or edited) mentions members with {@code [@Name](/members/id)}. Only members newly
 * mentioned by this write are listed. Published inside the writing transaction.
 */
public record MembersMentioned(long topicId, long postId, long authorId, Set<Long> memberIds) {}
