package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import no.helsebro.accounts.MemberDeleted;
import no.helsebro.accounts.PersonalDataContributor;

/**
 * A member's forum data for their GDPR export, and its removal when they delete their account:
 * private things (drafts, bookmarks, follows, read markers, feed token) go; posts stay and are
 * shown with the name the accounts module gives deleted members.
 */
@Singleton
class ForumMemberData implements PersonalDataContributor {

  private final ForumStats stats;
  private final PostRepository posts;
  private final DraftRepository drafts;
  private final BookmarkRepository bookmarks;
  private final TopicFollowRepository topicFollows;
  private final CategoryFollowRepository categoryFollows;
  private final ReadMarkRepository reads;
  private final FeedTokenRepository feedTokens;

  ForumMemberData(
      ForumStats stats,
      PostRepository posts,
      DraftRepository drafts,
      BookmarkRepository bookmarks,
      TopicFollowRepository topicFollows,
      CategoryFollowRepository categoryFollows,
      ReadMarkRepository reads,
      FeedTokenRepository feedTokens) {
    this.stats = stats;
    this.posts = posts;
    this.drafts = drafts;
    this.bookmarks = bookmarks;
    this.topicFollows = topicFollows;
    this.categoryFollows = categoryFollows;
    this.reads = reads;
    this.feedTokens = feedTokens;
  }

  @Serdeable
  record ExportedPost(
      long postId,
      long topicId,
      int postNumber,
      String topicTitle,
      String markdown,
      Instant createdAt,
      @Nullable Instant editedAt,
      boolean deleted) {}

  @Serdeable
  record ExportedDraft(String key, String payload, Instant updatedAt) {}

  @Serdeable
  record ForumExport(
      MemberForumStats totals,
      List<ExportedPost> posts,
      List<ExportedDraft> drafts,
      List<Long> bookmarkedTopicIds,
      List<Long> followedTopicIds,
      List<Long> followedCategoryIds) {}

  @Override
  public String section() {
    return "forum";
  }

  @Override
  public Object personalData(long memberId) {
    return new ForumExport(
        stats.forMember(memberId),
        posts.writtenBy(memberId),
        drafts.allOf(memberId),
        bookmarks.topicIdsOf(memberId),
        topicFollows.topicIdsOf(memberId),
        categoryFollows.findCategoryIdByMemberId(memberId));
  }

  /** The member's private things go; their posts stay. */
  @EventListener
  void onDeleted(MemberDeleted event) {
    long id = event.memberId();
    drafts.deleteByMemberId(id);
    bookmarks.deleteByMemberId(id);
    topicFollows.deleteByMemberId(id);
    categoryFollows.deleteByMemberId(id);
    reads.deleteByMemberId(id);
    feedTokens.delete(id);
  }
}
