package no.helsebro.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.helsebro.platform.guard.FreeText;

/** Request and response bodies of the moderation API. */
final class ModerationDtos {

  private ModerationDtos() {}

  @Serdeable
  record FlagRequest(
      @NotNull FlagReason reason, @Nullable @Size(max = 500) @FreeText String note) {}

  /** The member's flag as saved; {@code postHidden} tells whether the post is now hidden. */
  @Serdeable
  record FlagView(long id, long postId, FlagReason reason, Instant createdAt, boolean postHidden) {}

  @Serdeable
  record DecisionRequest(@Nullable @Size(max = 500) @FreeText String reason) {}

  @Serdeable
  record ReasonCount(FlagReason reason, int count) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record FlagEntry(
      @Nullable String flaggerName,
      FlagReason reason,
      @Nullable String note,
      boolean trusted,
      Instant createdAt) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record QueueItem(
      long postId,
      long topicId,
      String topicTitle,
      int postNumber,
      @Nullable Long authorId,
      @Nullable String authorName,
      String excerpt,
      Instant postedAt,
      boolean hidden,
      boolean autoHidden,
      boolean deleted,
      boolean topicLocked,
      boolean topicClosed,
      Instant openSince,
      int flagCount,
      int trustedFlagCount,
      List<ReasonCount> reasons,
      List<FlagEntry> flags) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record QueuePage(List<QueueItem> items, int page, int size, long total, int hideThreshold) {}

  /** What a decision did. */
  @Serdeable
  record DecisionView(long postId, boolean hidden, int resolvedFlags) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AuditEntryView(
      long id,
      Instant occurredAt,
      @Nullable Long actorId,
      String actorName,
      String action,
      String targetType,
      @Nullable Long targetId,
      @Nullable String reason,
      @Schema(
              type = "object",
              additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "the entry's facts: any JSON values by name")
          @Nullable
          Map<String, Object> details,
      @Nullable String targetName) {

    AuditEntryView withTargetName(@Nullable String name) {
      return new AuditEntryView(
          id, occurredAt, actorId, actorName, action, targetType, targetId, reason, details, name);
    }
  }

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AuditPage(List<AuditEntryView> items, int page, int size, boolean hasMore) {}
}
