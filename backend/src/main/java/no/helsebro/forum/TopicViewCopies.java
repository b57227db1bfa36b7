package no.helsebro.forum;

import java.util.List;

/**
 * Copies of a {@link ForumDtos.TopicView} with its labels or with another member's own state: the
 * shared topic is read once and copied per member (records have no withers).
 */
final class TopicViewCopies {

  private TopicViewCopies() {}

  /** The member's own flags on a topic: follows it, bookmarked it, used it. */
  record OwnFlags(boolean following, boolean bookmarked, boolean used) {}

  static ForumDtos.TopicView withOwnFlags(ForumDtos.TopicView t, OwnFlags own) {
    return copy(
        t, t.tags(), t.systems(), t.audiences(), own.following(), own.bookmarked(), own.used());
  }

  static ForumDtos.TopicView withLabels(ForumDtos.TopicView t, List<ForumStore.Label> l) {
    return copy(
        t,
        l.stream().filter(x -> x.type() == 'T').map(ForumStore.Label::code).toList(),
        l.stream().filter(x -> x.type() == 'S').map(TopicViewCopies::term).toList(),
        l.stream().filter(x -> x.type() == 'A').map(TopicViewCopies::term).toList(),
        t.following(),
        t.bookmarked(),
        t.usedByMe());
  }

  private static ForumDtos.TopicView copy(
      ForumDtos.TopicView t,
      List<String> tags,
      List<ForumDtos.TermRef> systems,
      List<ForumDtos.TermRef> audiences,
      boolean following,
      boolean bookmarked,
      boolean used) {
    return new ForumDtos.TopicView(
        t.id(),
        t.kind(),
        t.title(),
        t.category(),
        t.author(),
        t.createdAt(),
        t.lastActivityAt(),
        t.replyCount(),
        t.lastPostNumber(),
        t.helpfulCount(),
        t.thanksCount(),
        t.usedCount(),
        t.solved(),
        t.acceptedPostId(),
        t.acceptedPostNumber(),
        t.pinned(),
        t.locked(),
        t.closedReason(),
        t.closedAt(),
        t.visible(),
        t.mergedIntoId(),
        tags,
        systems,
        t.workplaceType(),
        t.orgSize(),
        t.duration(),
        t.trainingFormat(),
        audiences,
        t.linkUrl(),
        following,
        bookmarked,
        used);
  }

  private static ForumDtos.TermRef term(ForumStore.Label l) {
    return new ForumDtos.TermRef(l.id(), l.code(), l.nameNb(), l.nameEn());
  }
}
