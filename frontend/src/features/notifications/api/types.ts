/** Mirrors the backend's notification records (no.helsebro.notifications). */
export type NotificationKind =
  | 'REPLIES'
  | 'MENTIONS'
  | 'FOLLOWED_TOPICS'
  | 'FOLLOWED_CATEGORIES'
  | 'RECOGNITION'
  | 'MENTORING'
  | 'QUESTIONS_FOR_ME'
  | 'MODERATION'
  | 'ACCOUNT'
  | 'REMINDERS'
  | 'COORDINATION';
import type { ApiSchema } from '@/lib/api-schema';

export type NotificationType =
  | 'REPLY_TO_MY_TOPIC'
  | 'REPLY_TO_MY_POST'
  | 'MENTIONED'
  | 'REPLY_IN_FOLLOWED_TOPIC'
  | 'TOPIC_IN_FOLLOWED_CATEGORY'
  | 'TOPIC_WITH_FOLLOWED_TAG'
  | 'STORY_FOLLOW_UP_DUE'
  | 'MENTORSHIP_CHECK_IN_DUE'
  | 'ANSWER_ACCEPTED'
  | 'MARKED_HELPFUL'
  | 'THANKED'
  | 'MENTORING_REQUESTED'
  | 'MENTORING_ACCEPTED'
  | 'MENTORING_DECLINED'
  | 'MENTORSHIP_MESSAGE'
  | 'MENTORSHIP_CHECK_IN'
  | 'MENTORSHIP_ENDED'
  | 'QUESTION_OFFERED'
  | 'POST_HIDDEN'
  | 'POST_RESTORED'
  | 'MEMBERSHIP_APPROVED'
  | 'FLAG_RAISED'
  | 'APPROVAL_PENDING'
  | 'QUESTION_AT_LAST_STEP';

export type Delivery = 'NONE' | 'IMMEDIATE' | 'DAILY' | 'WEEKLY';

export interface NotificationItem {
  id: number;
  type: NotificationType;
  kind: NotificationKind;
  topicId?: number;
  postId?: number;
  actorId?: number;
  actorName?: string;
  title: string;
  link: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage {
  items?: NotificationItem[];
  unread: number;
  page: number;
  size: number;
  hasMore: boolean;
}

export type NotificationSettings = ApiSchema<'NotificationSettings'>;
