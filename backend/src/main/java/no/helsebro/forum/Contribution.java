package no.helsebro.forum;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One of a member's recent posts, for their profile page. Link to it with {@code
 * /forum/t/{topicId}?post={postNumber}}.
 *
 * @param excerpt the post's text without markup, at most 200 characters
 * @param accepted whether it is the accepted answer of its question
 */
@Serdeable
public record Contribution(
    long postId,
    long topicId,
    int postNumber,
    String topicTitle,
    TopicKind topicKind,
    String excerpt,
    Instant createdAt,
    int helpfulCount,
    int thanksCount,
    boolean accepted) {}
