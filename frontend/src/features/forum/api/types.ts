/**
 * Types of the forum API: generated from the OpenAPI document where the server's schema says
 * enough (ApiSchema), written here where the client narrows it (enums the document gives as
 * strings, or answers spliced as JSON).
 */
import type { ApiSchema } from '@/lib/api-schema';

export type TopicKind = ApiSchema<'TopicKind'>;
export type TopicSort = 'activity' | 'newest' | 'helpful' | 'unanswered';
export type OrgSize = 'SMALL' | 'MEDIUM' | 'LARGE' | 'XLARGE';
export type Duration = 'UNDER_3_MONTHS' | 'MONTHS_3_12' | 'YEARS_1_2' | 'OVER_2_YEARS';
export type TrainingFormat = 'CHECKLIST' | 'VIDEO' | 'ELEARNING' | 'GUIDE' | 'SLIDES';

export const topicKinds: TopicKind[] = ['QUESTION', 'DISCUSSION', 'STORY', 'TRAINING'];
export const topicSorts: TopicSort[] = ['activity', 'newest', 'helpful', 'unanswered'];
export const orgSizes: OrgSize[] = ['SMALL', 'MEDIUM', 'LARGE', 'XLARGE'];
export const durations: Duration[] = ['UNDER_3_MONTHS', 'MONTHS_3_12', 'YEARS_1_2', 'OVER_2_YEARS'];
export const trainingFormats: TrainingFormat[] = [
  'CHECKLIST',
  'VIDEO',
  'ELEARNING',
  'GUIDE',
  'SLIDES',
];

export type MemberRef = ApiSchema<'MemberRef'>;

export type TermRef = ApiSchema<'TermRef'>;

export interface PageOf<T> {
  items: T[];
  page: number;
  size: number;
  hasNext: boolean;
  total: number | null;
}

export interface Category {
  id: number;
  slug: string;
  nameNb: string;
  nameEn: string;
  descriptionNb: string;
  descriptionEn: string;
  sortOrder: number;
  archived: boolean;
  topicCount: number;
  following: boolean;
}

export interface TopicSummary {
  id: number;
  kind: TopicKind;
  title: string;
  categoryId: number;
  author: MemberRef | null;
  createdAt: string;
  lastActivityAt: string;
  lastPoster: MemberRef | null;
  replyCount: number;
  lastPostNumber: number;
  helpfulCount: number;
  usedCount: number;
  solved: boolean;
  pinned: boolean;
  locked: boolean;
  closed: boolean;
  tags: string[];
  systems: string[];
  lastReadPostNumber: number | null;
}

export const storyFieldNames = [
  'context',
  'goal',
  'whatWeDid',
  'whatWorked',
  'whatDidNot',
  'results',
  'advice',
] as const;
export type StoryFieldName = (typeof storyFieldNames)[number];
export type StoryFields = Partial<Record<StoryFieldName, string | null>>;

export interface TopicView {
  id: number;
  kind: TopicKind;
  title: string;
  category: Category;
  author: MemberRef | null;
  createdAt: string;
  lastActivityAt: string;
  replyCount: number;
  lastPostNumber: number;
  helpfulCount: number;
  thanksCount: number;
  usedCount: number;
  solved: boolean;
  acceptedPostId: number | null;
  acceptedPostNumber: number | null;
  pinned: boolean;
  locked: boolean;
  closedReason: string | null;
  closedAt: string | null;
  visible: boolean;
  mergedIntoId: number | null;
  tags: string[];
  systems: TermRef[];
  workplaceType: TermRef | null;
  orgSize: OrgSize | null;
  duration: Duration | null;
  trainingFormat: TrainingFormat | null;
  audiences: TermRef[];
  linkUrl: string | null;
  following: boolean;
  bookmarked: boolean;
  usedByMe: boolean;
}

export interface PostView {
  id: number;
  topicId: number;
  postNumber: number;
  author: MemberRef | null;
  bodyHtml: string;
  fieldsHtml: StoryFields | null;
  replyTo: { postId: number; postNumber: number; authorName: string | null } | null;
  createdAt: string;
  editedAt: string | null;
  version: number;
  deleted: boolean;
  hidden: boolean;
  helpfulCount: number;
  thanksCount: number;
  markedHelpful: boolean;
  thanked: boolean;
  accepted: boolean;
}

export interface FollowUp {
  id: number;
  author: MemberRef | null;
  bodyHtml: string;
  createdAt: string;
}

export interface TopicPage {
  topic: TopicView;
  posts: PostView[];
  page: number;
  size: number;
  totalPages: number;
  lastReadPostNumber: number | null;
  /** Posts after the read marker that are neither hidden nor deleted. */
  newPostCount: number;
  firstNewPostNumber: number | null;
  followUps: FollowUp[];
}

export type PostSource = ApiSchema<'ForumDtos.PostSource'>;

export interface Revision {
  version: number;
  title: string | null;
  body: string;
  story: StoryFields | null;
  editor: MemberRef | null;
  createdAt: string;
  current: boolean;
}

export type CreatedView = ApiSchema<'ForumDtos.CreatedView'>;

export interface Vocabularies {
  systems: TermRef[];
  workplaceTypes: TermRef[];
  audiences: TermRef[];
}

export interface Tag {
  id: number;
  name: string;
  topicCount: number;
}

export interface CreateTopicRequest {
  categoryId: number;
  kind: TopicKind;
  title: string;
  body: string;
  tags: string[];
  systemIds: number[];
  workplaceTypeId: number | null;
  orgSize: OrgSize | null;
  duration: Duration | null;
  story: StoryFields | null;
  trainingFormat: TrainingFormat | null;
  audienceIds: number[];
  linkUrl: string | null;
}

/** The body of a 409 edit-conflict problem. */
export interface EditConflict {
  current: { version: number; title?: string; body: string; editedBy?: string; editedAt: string };
  yours: { version: number; title?: string; body: string };
}

/** Where a national id number was found (422 patient-data). */
export interface PatientDataProblem {
  field: string;
  matches: { start: number; end: number }[];
}
