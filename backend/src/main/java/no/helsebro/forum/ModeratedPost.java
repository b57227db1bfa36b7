package no.helsebro.forum;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/**
 * A post as the moderation module sees it: where it is, who wrote it, the start of its Markdown
 * source, and its state (hidden by a coordinator or by flags, deleted by its author).
 *
 * @param excerpt the first 400 characters of the Markdown source (plain text, never rendered)
 * @param topicVisible whether the topic is listed (false when its opening post is hidden)
 */
@Introspected
public record ModeratedPost(
    long id,
    long topicId,
    String topicTitle,
    int postNumber,
    @Nullable Long authorId,
    @Nullable String authorName,
    String excerpt,
    Instant createdAt,
    boolean hidden,
    boolean deleted,
    int version,
    boolean topicVisible,
    boolean topicLocked,
    @TypeDef(type = DataType.BOOLEAN) boolean topicClosed,
    @Nullable Long mergedIntoId) {

  /** The same post with its author's name (looked up from the accounts module). */
  ModeratedPost withAuthorName(@Nullable String name) {
    return new ModeratedPost(
        id,
        topicId,
        topicTitle,
        postNumber,
        authorId,
        name,
        excerpt,
        createdAt,
        hidden,
        deleted,
        version,
        topicVisible,
        topicLocked,
        topicClosed,
        mergedIntoId);
  }
}
