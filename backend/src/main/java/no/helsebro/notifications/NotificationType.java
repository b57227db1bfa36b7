package no.helsebro.notifications;

import io.micronaut.serde.annotation.Serdeable;

/** What happened, as a notification says it; stored in {@code notifications.kind}. */
@Serdeable
public enum NotificationType {
  REPLY_TO_MY_TOPIC(NotificationKind.REPLIES),
  REPLY_TO_MY_POST(NotificationKind.REPLIES),
  MENTIONED(NotificationKind.MENTIONS),
  REPLY_IN_FOLLOWED_TOPIC(NotificationKind.FOLLOWED_TOPICS),
  TOPIC_IN_FOLLOWED_CATEGORY(NotificationKind.FOLLOWED_CATEGORIES),
  TOPIC_WITH_FOLLOWED_TAG(NotificationKind.FOLLOWED_CATEGORIES),
  ANSWER_ACCEPTED(NotificationKind.RECOGNITION),
  MARKED_HELPFUL(NotificationKind.RECOGNITION),
  THANKED(NotificationKind.RECOGNITION),
  MENTORING_REQUESTED(NotificationKind.MENTORING),
  MENTORING_ACCEPTED(NotificationKind.MENTORING),
  MENTORING_DECLINED(NotificationKind.MENTORING),
  MENTORSHIP_MESSAGE(NotificationKind.MENTORING),
  MENTORSHIP_CHECK_IN(NotificationKind.MENTORING),
  MENTORSHIP_ENDED(NotificationKind.MENTORING),
  QUESTION_OFFERED(NotificationKind.QUESTIONS_FOR_ME),
  POST_HIDDEN(NotificationKind.MODERATION),
  POST_RESTORED(NotificationKind.MODERATION),
  MEMBERSHIP_APPROVED(NotificationKind.ACCOUNT),
  STORY_FOLLOW_UP_DUE(NotificationKind.REMINDERS),
  MENTORSHIP_CHECK_IN_DUE(NotificationKind.REMINDERS),
  FLAG_RAISED(NotificationKind.COORDINATION),
  APPROVAL_PENDING(NotificationKind.COORDINATION),
  QUESTION_AT_LAST_STEP(NotificationKind.COORDINATION);

  private final NotificationKind kind;

  NotificationType(NotificationKind kind) {
    this.kind = kind;
  }

  public NotificationKind kind() {
    return kind;
  }
}
