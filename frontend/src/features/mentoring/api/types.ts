/**
 * Types of the mentoring API (backend no.helsebro.mentoring): the OpenAPI document's schemas, with
 * the fields the server types as plain strings narrowed to the unions the client switches on
 * (NarrowedSchema: checked against the server's field when compiled; ADR 0023).
 */
import type { ApiSchema, NarrowedSchema } from '@/lib/api-schema';

export const shifts = [
  'WEEKDAY_DAY',
  'WEEKDAY_EVENING',
  'WEEKDAY_NIGHT',
  'WEEKEND_DAY',
  'WEEKEND_EVENING',
  'WEEKEND_NIGHT',
] as const satisfies readonly ApiSchema<'Shift'>[];
export type Shift = (typeof shifts)[number];

export const contactModes = [
  'MESSAGES',
  'VIDEO',
  'PHONE',
] as const satisfies readonly ApiSchema<'ContactMode'>[];
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
] as const satisfies readonly ApiSchema<'Factor'>[];
export type Factor = (typeof factors)[number];

export type Term = ApiSchema<'TermView'>;

export type MemberRef = ApiSchema<'MemberRef'>;

export type MentoringOptions = ApiSchema<'MentoringOptionsView'>;

export type MentorProfile = ApiSchema<'MentorProfileView'>;

export type MentorProfileInput = ApiSchema<'MentorProfileRequest'>;

export type MentorSummary = ApiSchema<'MentorSummary'>;

/** Client-narrowed: the codes of MentorView.cannotRequestBecause (a string in the document). */
export type RequestRefusal =
  | 'self-mentoring'
  | 'already-mentored'
  | 'request-open'
  | 'mentee-has-mentor'
  | 'mentor-paused'
  | 'mentor-full';

export type MentorView = NarrowedSchema<
  'MentorView',
  { cannotRequestBecause: RequestRefusal | null }
>;

export type MentorPage = ApiSchema<'MentorPage'>;

export type MenteeNeeds = ApiSchema<'MenteeNeedsView'>;

export type MenteeNeedsInput = ApiSchema<'MenteeNeedsRequest'>;

/** The most mentors a mentee may ask to have at once (the server's MenteePlaces.MOST). */
export const maxMentorshipsAllowed = 3;

export type FactorView = ApiSchema<'FactorView'>;

export type Suggestion = ApiSchema<'SuggestionView'>;

export type Suggestions = ApiSchema<'SuggestionsView'>;

export type MatchingWeights = NarrowedSchema<
  'MatchingWeightsView',
  { weights: Record<Factor, number> }
>;

/** Client-narrowed: MentorRequestView.status (a string in the document). */
export type RequestStatus =
  'OPEN' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'WITHDRAWN' | 'CANCELLED' | 'MATCHED_ELSEWHERE';

export type MentorRequest = NarrowedSchema<
  'MentorRequestView',
  { status: RequestStatus; origin: 'MEMBER' | 'COHORT'; role: 'MENTOR' | 'MENTEE' }
>;

export type Mentorship = NarrowedSchema<
  'MentorshipSummary',
  { role: 'MENTOR' | 'MENTEE'; status: 'ACTIVE' | 'ENDED' }
>;

export type Message = ApiSchema<'MessageView'>;

export type MessagePage = ApiSchema<'MessagePage'>;

export type GoalStatus = ApiSchema<'GoalUpdate.GoalStatus'>;
export const goalStatuses: GoalStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

export type Goal = NarrowedSchema<'GoalView', { status: GoalStatus }>;

export type CheckIn = ApiSchema<'CheckInView'>;

export type Feedback = ApiSchema<'FeedbackView'>;

export type CohortCandidate = ApiSchema<'CohortCandidateView'>;

export type CohortAssignment = ApiSchema<'CohortAssignmentView'>;

export type CohortProposal = NarrowedSchema<
  'CohortProposalView',
  { status: 'PROPOSED' | 'CONFIRMED' | 'DISCARDED' }
>;

export type MentoringStatistics = ApiSchema<'MentoringStatisticsView'>;

export type LadderStage = ApiSchema<'Ladder.Stage'>;

export type QuestionOffer = ApiSchema<'QuestionOfferView'>;

export type QuestionRouting = NarrowedSchema<
  'QuestionRoutingView',
  { status: 'OPEN' | 'ANSWERED' | 'CLOSED' }
>;
