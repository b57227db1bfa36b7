// Over 400 lines: the forum API's request and response records, one per JSON shape, read together.
package no.helsebro.forum;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.helsebro.platform.guard.FreeText;

/** The forum API's request and response records (data transfer objects at the edge). */
final class ForumDtos {

  private ForumDtos() {}

  static final int MAX_BODY = 50_000;
  static final int MAX_SECTION = 20_000;

  // ---- shared pieces

  @Serdeable
  record MemberRef(long id, String displayName) {}

  @Serdeable
  record TermRef(long id, String code, String nameNb, String nameEn) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record PageOf<T>(List<T> items, int page, int size, boolean hasNext, @Nullable Long total) {}

  /**
   * {@code PageOf<TopicSummary>} for the API document only: the topic list is sent as bytes it
   * spliced together itself (TopicListReader.listJson), so the generator cannot see its type.
   */
  @Schema(name = "TopicSummaryPage")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record TopicSummaryPage(
      List<TopicSummary> items, int page, int size, boolean hasNext, @Nullable Long total) {}

  // ---- categories

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record CategoryView(
      long id,
      String slug,
      String nameNb,
      String nameEn,
      String descriptionNb,
      String descriptionEn,
      int sortOrder,
      boolean archived,
      int topicCount,
      // Read as a boolean from a computed column (CategoryRepository), not a number.
      @TypeDef(type = DataType.BOOLEAN) boolean following) {}

  @Serdeable
  record CategoryRequest(
      @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "slug")
          String slug,
      @NotBlank @Size(max = 120) @FreeText String nameNb,
      @NotBlank @Size(max = 120) @FreeText String nameEn,
      @Nullable @Size(max = 500) @FreeText String descriptionNb,
      @Nullable @Size(max = 500) @FreeText String descriptionEn,
      @Nullable Boolean archived) {}

  @Serdeable
  record CategoryOrderRequest(@NotNull @Size(min = 1, max = 200) List<@NotNull Long> ids) {}

  // ---- topics

  /** The structured sections of an implementation story (Markdown in requests, HTML in views). */
  @Serdeable
  record StoryFields(
      @Nullable @Size(max = MAX_SECTION) @FreeText String context,
      @Nullable @Size(max = MAX_SECTION) @FreeText String goal,
      @Nullable @Size(max = MAX_SECTION) @FreeText String whatWeDid,
      @Nullable @Size(max = MAX_SECTION) @FreeText String whatWorked,
      @Nullable @Size(max = MAX_SECTION) @FreeText String whatDidNot,
      @Nullable @Size(max = MAX_SECTION) @FreeText String results,
      @Nullable @Size(max = MAX_SECTION) @FreeText String advice) {

    Map<String, String> asMap() {
      java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
      m.put("context", context);
      m.put("goal", goal);
      m.put("whatWeDid", whatWeDid);
      m.put("whatWorked", whatWorked);
      m.put("whatDidNot", whatDidNot);
      m.put("results", results);
      m.put("advice", advice);
      return m;
    }

    static StoryFields of(Map<String, String> m) {
      return new StoryFields(
          m.get("context"),
          m.get("goal"),
          m.get("whatWeDid"),
          m.get("whatWorked"),
          m.get("whatDidNot"),
          m.get("results"),
          m.get("advice"));
    }
  }

  /**
   * The topic details a request may give, for {@link TopicDetailsValidator}: a new topic's, or an
   * opening post's edit.
   */
  interface TopicDetailsRequest {
    @Nullable
    List<Long> systemIds();

    @Nullable
    Long workplaceTypeId();

    @Nullable
    String orgSize();

    @Nullable
    String duration();

    @Nullable
    String trainingFormat();

    @Nullable
    List<Long> audienceIds();

    @Nullable
    String linkUrl();
  }

  @Serdeable
  record CreateTopicRequest(
      @NotNull Long categoryId,
      @NotNull TopicKind kind,
      @NotBlank @Size(min = 5, max = 200) @FreeText String title,
      @Nullable @Size(max = MAX_BODY) @FreeText String body,
      @Nullable @Size(max = 5) List<@NotBlank @Size(min = 2, max = 40) @FreeText String> tags,
      @Nullable @Size(max = 10) List<@NotNull Long> systemIds,
      @Nullable Long workplaceTypeId,
      @Schema(allowableValues = {"SMALL", "MEDIUM", "LARGE", "XLARGE"}) @Nullable String orgSize,
      @Schema(allowableValues = {"UNDER_3_MONTHS", "MONTHS_3_12", "YEARS_1_2", "OVER_2_YEARS"})
          @Nullable
          String duration,
      @Nullable @Valid StoryFields story,
      @Schema(allowableValues = {"CHECKLIST", "VIDEO", "ELEARNING", "GUIDE", "SLIDES"}) @Nullable
          String trainingFormat,
      @Nullable @Size(max = 10) List<@NotNull Long> audienceIds,
      @Nullable @Size(max = 1000) @FreeText String linkUrl)
      implements TopicDetailsRequest {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record TopicSummary(
      long id,
      TopicKind kind,
      String title,
      long categoryId,
      @Nullable MemberRef author,
      Instant createdAt,
      Instant lastActivityAt,
      @Nullable MemberRef lastPoster,
      int replyCount,
      int lastPostNumber,
      int helpfulCount,
      int usedCount,
      boolean solved,
      boolean pinned,
      boolean locked,
      boolean closed,
      List<String> tags,
      List<String> systems,
      @Nullable Integer lastReadPostNumber) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record TopicView(
      long id,
      TopicKind kind,
      String title,
      CategoryView category,
      @Nullable MemberRef author,
      Instant createdAt,
      Instant lastActivityAt,
      int replyCount,
      int lastPostNumber,
      int helpfulCount,
      int thanksCount,
      int usedCount,
      boolean solved,
      @Nullable Long acceptedPostId,
      @Nullable Integer acceptedPostNumber,
      boolean pinned,
      boolean locked,
      @Nullable String closedReason,
      @Nullable Instant closedAt,
      boolean visible,
      @Nullable Long mergedIntoId,
      List<String> tags,
      List<TermRef> systems,
      @Nullable TermRef workplaceType,
      @Schema(
              allowableValues = {"SMALL", "MEDIUM", "LARGE", "XLARGE"},
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable
          String orgSize,
      @Schema(
              allowableValues = {"UNDER_3_MONTHS", "MONTHS_3_12", "YEARS_1_2", "OVER_2_YEARS"},
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable
          String duration,
      @Schema(
              allowableValues = {"CHECKLIST", "VIDEO", "ELEARNING", "GUIDE", "SLIDES"},
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable
          String trainingFormat,
      List<TermRef> audiences,
      @Nullable String linkUrl,
      boolean following,
      boolean bookmarked,
      boolean usedByMe) {}

  @Serdeable
  record ReplyRef(long postId, int postNumber, @Nullable String authorName) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record PostView(
      long id,
      long topicId,
      int postNumber,
      @Nullable MemberRef author,
      String bodyHtml,
      @Nullable Map<String, String> fieldsHtml,
      @Nullable ReplyRef replyTo,
      Instant createdAt,
      @Nullable Instant editedAt,
      int version,
      boolean deleted,
      boolean hidden,
      int helpfulCount,
      int thanksCount,
      boolean markedHelpful,
      boolean thanked,
      boolean accepted) {}

  @Serdeable
  record FollowUpView(long id, @Nullable MemberRef author, String bodyHtml, Instant createdAt) {}

  /** Everything the topic page needs in one answer: the topic, one page of posts, follow-ups. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record TopicPage(
      TopicView topic,
      List<PostView> posts,
      int page,
      int size,
      int totalPages,
      @Nullable Integer lastReadPostNumber,
      int newPostCount,
      @Nullable Integer firstNewPostNumber,
      List<FollowUpView> followUps) {}

  /** A post with its Markdown source, for editing and quoting. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record PostSource(
      long id,
      long topicId,
      int postNumber,
      int version,
      @Nullable String title,
      String body,
      @Nullable StoryFields story,
      @Nullable MemberRef author) {}

  @Serdeable
  record ReplyRequest(
      @NotBlank @Size(max = MAX_BODY) @FreeText String body, @Nullable Long replyToPostId) {}

  /**
   * An edit. For the opening post the topic's title and (when given) its other fields change too;
   * fields left null keep their value.
   */
  @Serdeable
  record EditPostRequest(
      @NotNull @Min(1) Integer version,
      @Nullable @Size(max = MAX_BODY) @FreeText String body,
      @Nullable @Size(min = 5, max = 200) @FreeText String title,
      @Nullable @Valid StoryFields story,
      @Nullable @Size(max = 5) List<@NotBlank @Size(min = 2, max = 40) @FreeText String> tags,
      @Nullable @Size(max = 10) List<@NotNull Long> systemIds,
      @Nullable Long workplaceTypeId,
      @Schema(allowableValues = {"SMALL", "MEDIUM", "LARGE", "XLARGE"}) @Nullable String orgSize,
      @Schema(allowableValues = {"UNDER_3_MONTHS", "MONTHS_3_12", "YEARS_1_2", "OVER_2_YEARS"})
          @Nullable
          String duration,
      @Schema(allowableValues = {"CHECKLIST", "VIDEO", "ELEARNING", "GUIDE", "SLIDES"}) @Nullable
          String trainingFormat,
      @Nullable @Size(max = 10) List<@NotNull Long> audienceIds,
      @Nullable @Size(max = 1000) @FreeText String linkUrl)
      implements TopicDetailsRequest {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RevisionView(
      int version,
      @Nullable String title,
      String body,
      @Nullable StoryFields story,
      @Nullable MemberRef editor,
      Instant createdAt,
      boolean current) {}

  @Serdeable
  record FollowUpRequest(@NotBlank @Size(max = MAX_BODY) @FreeText String body) {}

  @Serdeable
  record AcceptRequest(@NotNull Long postId) {}

  @Serdeable
  record ReasonRequest(@Nullable @Size(max = 500) @FreeText String reason) {}

  @Serdeable
  record MoveRequest(
      @NotNull Long categoryId, @Nullable @Size(max = 500) @FreeText String reason) {}

  @Serdeable
  record MergeRequest(
      @NotNull Long intoTopicId, @Nullable @Size(max = 500) @FreeText String reason) {}

  @Serdeable
  record CloseRequest(@NotBlank @Size(max = 500) @FreeText String reason) {}

  @Serdeable
  record ReactionView(
      int helpfulCount,
      int thanksCount,
      // Read as booleans from computed columns (ReactionRepository), not numbers.
      @TypeDef(type = DataType.BOOLEAN) boolean markedHelpful,
      @TypeDef(type = DataType.BOOLEAN) boolean thanked) {}

  @Serdeable
  record UsedView(
      int usedCount,
      // Read as a boolean from a computed column (TrainingUseRepository), not a number.
      @TypeDef(type = DataType.BOOLEAN) boolean usedByMe) {}

  @Serdeable
  record ReadRequest(@NotNull @Min(1) Integer postNumber) {}

  // ---- writing helpers

  @Serdeable
  record PreviewRequest(@NotNull @Size(max = MAX_BODY) String body) {}

  @Serdeable
  record PreviewView(String html) {}

  @Serdeable
  record DraftRequest(@NotNull @Size(max = 200_000) @FreeText String payload) {}

  @Serdeable
  record DraftView(String key, String payload, Instant updatedAt) {}

  @Serdeable
  record TagView(long id, String name, int topicCount) {}

  @Serdeable
  record RenameTagRequest(@NotBlank @Size(min = 2, max = 40) @FreeText String name) {}

  @Serdeable
  record MergeTagRequest(@NotNull Long intoTagId) {}

  @Serdeable
  record FeedTokenView(String token) {}

  /** The taxonomy terms a topic form offers (live terms only, in their order). */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record VocabulariesView(
      List<TermRef> systems, List<TermRef> workplaceTypes, List<TermRef> audiences) {}

  /** What a creating request made: a topic (postNumber 1), a reply or a follow-up. */
  @Serdeable
  record CreatedView(long id, long topicId, int postNumber, boolean replayed) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ContributionsView(
      no.helsebro.forum.MemberForumStats stats, List<no.helsebro.forum.Contribution> recent) {}
}
