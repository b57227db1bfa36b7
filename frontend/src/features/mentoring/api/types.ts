/** Types mirroring the mentoring API's records (backend package no.helsebro.mentoring). */

export const shifts = [
  'WEEKDAY_DAY',
  'WEEKDAY_EVENING',
  'WEEKDAY_NIGHT',
  'WEEKEND_DAY',
  'WEEKEND_EVENING',
  'WEEKEND_NIGHT',
] as const;
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

export interface Term {
  id: number;
  kind: string;
  code: string;
  nameNb: string;
  nameEn: string;
}

export interface MemberRef {
  id: number;
  displayName: string;
}

export interface MentoringOptions {
  systems: Term[];
  topics: Term[];
  workplaceTypes: Term[];
  regions: Term[];
  backgrounds: Term[];
  languages: Term[];
}

export interface MentorProfile {
  memberId: number;
  systems: Term[];
  topics: Term[];
  workplaceTypes: Term[];
  regions: Term[];
  languages: Term[];
  capacity: number;
  activeMentees: number;
  availability: Shift[];
  contactMode: ContactMode;
  introduction: string | null;
  paused: boolean;
  createdAt: string;
  updatedAt: string;
}

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

export interface MentorSummary {
  id: number;
  displayName: string;
  background: Term | null;
  systems: Term[];
  topics: Term[];
  workplaceTypes: Term[];
  regions: Term[];
  languages: Term[];
  availability: Shift[];
  contactMode: ContactMode;
  capacity: number;
  activeMentees: number;
  freePlaces: number;
  paused: boolean;
}

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

export interface MentorPage {
  items: MentorSummary[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

export interface MenteeNeeds {
  systems: Term[];
  topics: Term[];
  goals: string | null;
  workplaceType: Term | null;
  region: Term | null;
  language: Term | null;
  background: Term | null;
  availability: Shift[];
  sameRegion: boolean;
  sameBackground: boolean;
  /** How many mentors the mentee wants at once (1–3, docs/adr/0407). */
  maxMentorships: number;
  updatedAt: string | null;
}

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

export interface FactorView {
  factor: Factor;
  weight: number;
  share: number;
  matched: Term[];
  missing: Term[];
  matchedShifts: Shift[];
  missingShifts: Shift[];
}

export interface Suggestion {
  mentor: MentorSummary;
  score: number;
  reasons: FactorView[];
  shortfalls: FactorView[];
}

export interface Suggestions {
  needsStated: boolean;
  items: Suggestion[];
}

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

export interface Message {
  id: number;
  author: MemberRef;
  body: string;
  createdAt: string;
}

export interface MessagePage {
  items: Message[];
  page: number;
  size: number;
  totalItems: number;
}

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

export interface CheckIn {
  id: number;
  heldOn: string;
  note: string;
  createdBy: MemberRef;
  createdAt: string;
}

export interface Feedback {
  helped: boolean;
  rating: number;
  comment: string | null;
  createdAt: string;
}

export interface CohortCandidate {
  member: MemberRef;
  needsUpdatedAt: string;
  systems: Term[];
  topics: Term[];
}

export interface CohortAssignment {
  mentee: MemberRef;
  mentor: MemberRef | null;
  score: number;
}

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

export interface MentoringStatistics {
  mentors: number;
  mentorsWithFreePlaces: number;
  pausedMentors: number;
  menteesWithNeeds: number;
  activeMentorships: number;
  endedMentorships: number;
  openRequests: number;
  requestsLast90Days: {
    sent: number;
    accepted: number;
    declined: number;
    expired: number;
    withdrawn: number;
    open: number;
  };
  feedbackResponses: number;
  feedbackMinResponses: number;
  feedback: {
    responses: number;
    helpedShare: number;
    averageRating: number;
    ratingCounts: number[];
  } | null;
  questions: {
    asked: number;
    answeredWithin24h: number;
    answeredWithin48h: number;
    shareWithin24h: number;
    shareWithin48h: number;
    unanswered: number;
  };
}

export type LadderStage = 'PEERS' | 'MENTORS' | 'COORDINATORS';

export interface QuestionOffer {
  topicId: number;
  title: string;
  askedAt: string;
  stage: LadderStage;
  offeredAt: string;
}

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
