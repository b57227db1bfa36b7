/**
 * Types of the forum API: the OpenAPI document's schemas (ApiSchema), narrowed where the client
 * knows more than the document can say (NarrowedSchema, checked against it; ADR 0023).
 */
import type { ApiSchema, NarrowedSchema } from '@/lib/api-schema';

export type TopicKind = ApiSchema<'TopicKind'>;
/** Client-only: the topic list's `sort` query parameter. */
export type TopicSort = 'activity' | 'newest' | 'helpful' | 'unanswered';
export type OrgSize = NonNullable<TopicView['orgSize']>;
export type Duration = NonNullable<TopicView['duration']>;
export type TrainingFormat = NonNullable<TopicView['trainingFormat']>;

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

export type TopicSummary = ApiSchema<'ForumDtos.TopicSummary'>;

/** A page of topics (the topic list and the bookmarks). */
export type TopicSummaryPage = ApiSchema<'TopicSummaryPage'>;

export type Category = ApiSchema<'ForumDtos.CategoryView'>;

export const storyFieldNames = [
  'context',
  'goal',
  'whatWeDid',
  'whatWorked',
  'whatDidNot',
  'results',
  'advice',
] as const satisfies readonly (keyof StoryFields)[];
export type StoryFieldName = (typeof storyFieldNames)[number];
export type StoryFields = ApiSchema<'ForumDtos.StoryFields'>;

export type TopicView = ApiSchema<'ForumDtos.TopicView'>;

/** The server's `fieldsHtml` is a map of story field to HTML; the client knows its keys. */
export type PostView = NarrowedSchema<
  'ForumDtos.PostView',
  { fieldsHtml: Partial<Record<StoryFieldName, string>> | null }
>;

export type FollowUp = ApiSchema<'ForumDtos.FollowUpView'>;

export type TopicPage = NarrowedSchema<'ForumDtos.TopicPage', { posts: PostView[] }>;

export type PostSource = ApiSchema<'ForumDtos.PostSource'>;

export type Revision = ApiSchema<'ForumDtos.RevisionView'>;

export type CreatedView = ApiSchema<'ForumDtos.CreatedView'>;

export type Vocabularies = ApiSchema<'ForumDtos.VocabulariesView'>;

export type Tag = ApiSchema<'ForumDtos.TagView'>;

export type CreateTopicRequest = ApiSchema<'ForumDtos.CreateTopicRequest'>;

export type ServerDraft = ApiSchema<'ForumDtos.DraftView'>;

/** The body of a 409 edit-conflict problem (client-only: problem details are not in the document). */
export interface EditConflict {
  current: { version: number; title?: string; body: string; editedBy?: string; editedAt: string };
  yours: { version: number; title?: string; body: string };
}

/** Where a national id number was found (422 patient-data; client-only like EditConflict). */
export interface PatientDataProblem {
  field: string;
  matches: { start: number; end: number }[];
}
