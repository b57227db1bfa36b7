/** Types mirroring the mentoring API's records (backend package no.helsebro.mentoring). */

export const shifts = [
  'WEEKDAY_DAY',
  'WEEKDAY_EVENING',
  'WEEKDAY_NIGHT',
  'WEEKEND_DAY',
  'WEEKEND_EVENING',
  'WEEKEND_NIGHT',
] as const;
import type { ApiSchema } from '@/lib/api-schema';

/**
 * A generated schema with the fields the server types as plain strings narrowed to the unions
 * the client switches on; every other field stays the server's (ADR 0023).
 */
type Narrowed<Base, Over> = Omit<Base, keyof Over> & Over;
export type Shift = (typeof shifts)[number];

export const contactModes = ['MESSAGES', 'VIDEO', 'PHONE'] as const;
export type ContactMode = (typeof contactModes)[number];

export const factors = [
  'SYSTEMS',
  'TOPICS',
  'WORKPLACE_TYPE',
  'REGION',
  'BACKGROUND',
  'LANGUAGE',
  'AVAILABILITY',
  'LOAD',
] as const;
export type Factor = (typeof factors)[number];

export type Term = ApiSchema<'TermView'>;

export type MemberRef = ApiSchema<'MemberRef'>;

export type MentoringOptions = ApiSchema<'MentoringOptionsView'>;

export type MentorProfile = ApiSchema<'MentorProfileView'>;

export interface MentorProfileInput {
  systemIds: number[];
  topicIds: number[];
  workplaceTypeIds: number[];
  regionIds: number[];
  languageIds: number[];
  capacity: number;
  availability: Shift[];
  contactMode: ContactMode;
  introduction: string | null;
  paused: boolean;
}

export type MentorSummary = ApiSchema<'MentorSummary'>;

export type RequestRefusal =
  | 'self-mentoring'
  | 'already-mentored'
  | 'request-open'
  | 'mentee-has-mentor'
  | 'mentor-paused'
  | 'mentor-full';

export type MentorView = Narrowed<
  ApiSchema<'MentorView'>,
  { cannotRequestBecause: RequestRefusal | null }
>;

export type MentorPage = ApiSchema<'MentorPage'>;

export type MenteeNeeds = ApiSchema<'MenteeNeedsView'>;

export interface MenteeNeedsInput {
  systemIds: number[];
  topicIds: number[];
  goals: string | null;
  workplaceTypeId: number | null;
  regionId: number | null;
  languageId: number | null;
  availability: Shift[];
  sameRegion: boolean;
  sameBackground: boolean;
  maxMentorships: number;
}

/** The most mentors a mentee may ask to have at once (the server's MenteePlaces.MOST). */
export const maxMentorshipsAllowed = 3;

export type FactorView = ApiSchema<'FactorView'>;

export type Suggestion = ApiSchema<'SuggestionView'>;

export type Suggestions = ApiSchema<'SuggestionsView'>;

export type MatchingWeights = Narrowed<
  ApiSchema<'MatchingWeightsView'>,
  { weights: Record<Factor, number> }
>;

export type RequestStatus =
  'OPEN' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'WITHDRAWN' | 'CANCELLED' | 'MATCHED_ELSEWHERE';

export type MentorRequest = Narrowed<
  ApiSchema<'MentorRequestView'>,
  { status: RequestStatus; origin: 'MEMBER' | 'COHORT'; role: 'MENTOR' | 'MENTEE' }
>;

export type Mentorship = Narrowed<
  ApiSchema<'MentorshipSummary'>,
  { role: 'MENTOR' | 'MENTEE'; status: 'ACTIVE' | 'ENDED' }
>;

export type Message = ApiSchema<'MessageView'>;

export type MessagePage = ApiSchema<'MessagePage'>;

export type GoalStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE';
export const goalStatuses: GoalStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

export type Goal = Narrowed<ApiSchema<'GoalView'>, { status: GoalStatus }>;

export type CheckIn = ApiSchema<'CheckInView'>;

export type Feedback = ApiSchema<'FeedbackView'>;

export type CohortCandidate = ApiSchema<'CohortCandidateView'>;

export type CohortAssignment = ApiSchema<'CohortAssignmentView'>;

export type CohortProposal = Narrowed<
  ApiSchema<'CohortProposalView'>,
  { status: 'PROPOSED' | 'CONFIRMED' | 'DISCARDED' }
>;

export type MentoringStatistics = ApiSchema<'MentoringStatisticsView'>;

export type LadderStage = 'PEERS' | 'MENTORS' | 'COORDINATORS';

export type QuestionOffer = ApiSchema<'QuestionOfferView'>;

export type QuestionRouting = Narrowed<
  ApiSchema<'QuestionRoutingView'>,
  { status: 'OPEN' | 'ANSWERED' | 'CLOSED' }
>;
