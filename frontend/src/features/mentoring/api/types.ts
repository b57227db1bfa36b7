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

export interface MentorView {
  mentor: MentorSummary;
  introduction: string | null;
  self: boolean;
  openRequestId: number | null;
  mentorshipId: number | null;
  canRequest: boolean;
  cannotRequestBecause: RequestRefusal | null;
}

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

export interface MatchingWeights {
  weights: Record<Factor, number>;
  max: number;
  updatedAt: string | null;
  updatedBy: MemberRef | null;
}

export type RequestStatus =
  'OPEN' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'WITHDRAWN' | 'CANCELLED' | 'MATCHED_ELSEWHERE';

export interface MentorRequest {
  id: number;
  mentee: MemberRef;
  mentor: MemberRef;
  message: string;
  status: RequestStatus;
  origin: 'MEMBER' | 'COHORT';
  responseNote: string | null;
  createdAt: string;
  expiresAt: string;
  decidedAt: string | null;
  mentorshipId: number | null;
  role: 'MENTOR' | 'MENTEE';
}

export interface Mentorship {
  id: number;
  role: 'MENTOR' | 'MENTEE';
  other: MemberRef;
  status: 'ACTIVE' | 'ENDED';
  startedAt: string;
  endedAt: string | null;
  endedBy: MemberRef | null;
  endReason: string | null;
  feedbackDue: boolean;
  lastMessageAt: string | null;
  openGoals: number;
}

export type Message = ApiSchema<'MessageView'>;

export type MessagePage = ApiSchema<'MessagePage'>;

export type GoalStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE';
export const goalStatuses: GoalStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

export interface Goal {
  id: number;
  title: string;
  status: GoalStatus;
  createdBy: MemberRef;
  createdAt: string;
  updatedAt: string;
}

export type CheckIn = ApiSchema<'CheckInView'>;

export type Feedback = ApiSchema<'FeedbackView'>;

export type CohortCandidate = ApiSchema<'CohortCandidateView'>;

export type CohortAssignment = ApiSchema<'CohortAssignmentView'>;

export interface CohortProposal {
  id: number;
  status: 'PROPOSED' | 'CONFIRMED' | 'DISCARDED';
  message: string;
  createdAt: string;
  createdBy: MemberRef | null;
  decidedAt: string | null;
  total: number;
  greedyTotal: number;
  elapsedMs: number;
  menteeCount: number;
  assignedCount: number;
  assignments: CohortAssignment[];
  requestsCreated: number | null;
  requestsSkipped: number | null;
}

export type MentoringStatistics = ApiSchema<'MentoringStatisticsView'>;

export type LadderStage = 'PEERS' | 'MENTORS' | 'COORDINATORS';

export type QuestionOffer = ApiSchema<'QuestionOfferView'>;

export interface QuestionRouting {
  topicId: number;
  title: string;
  askedAt: string;
  status: 'OPEN' | 'ANSWERED' | 'CLOSED';
  answeredAt: string | null;
  steps: {
    stage: LadderStage;
    round: number;
    dueAt: string;
    doneAt: string | null;
    offered: number;
  }[];
}
