package no.helsebro.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One notification as the centre shows it; the page words it from {@code type}, {@code actorName}
 * and {@code title} in the member's language.
 *
 * @param link where it leads, a path of the app (e.g. {@code /forum/t/12?post=3})
 */
@Serdeable
public record NotificationView(
    long id,
    NotificationType type,
    NotificationKind kind,
    @Nullable Long topicId,
    @Nullable Long postId,
    @Nullable Long actorId,
    @Nullable String actorName,
    String title,
    String link,
    Instant createdAt,
    boolean read) {}
