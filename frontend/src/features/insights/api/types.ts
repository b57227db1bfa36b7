/** Mirrors the insights API (backend no.helsebro.insights). */
export type Granularity = 'WEEK' | 'MONTH';

export interface HealthPeriod {
  start: string;
  activeMembers: number | null;
  newMembers: number;
  questions: number;
  answeredWithin24h: number;
  answeredWithin48h: number;
  medianHoursToFirstAnswer: number | null;
  medianHoursToAcceptedAnswer: number | null;
  stories: number;
  trainingResources: number;
  mentorshipRequests: number;
  matches: number;
  mentorshipsEnded: number;
  feedbackResponses: number;
  feedback: { helpedShare: number; averageRating: number } | null;
}

export interface HealthView {
  by: Granularity;
  from: string;
  to: string;
  updatedAt: string | null;
  feedbackMinResponses: number;
  periods: HealthPeriod[];
  totals: HealthPeriod;
}

export interface HealthQuery {
  from?: string;
  to?: string;
  by?: Granularity;
  region?: string;
  workplaceType?: string;
  system?: string;
}

export type RadarReason =
  | 'UNANSWERED'
  | 'NO_PEER_IN_REGION'
  | 'NO_PEER_ON_SYSTEM'
  | 'ALONE_ON_SYSTEM_IN_REGION'
  | 'NO_MENTOR'
  | 'LADDER_TOP'
  | 'ACTIVE_ONCE';

export const radarReasons: RadarReason[] = [
  'UNANSWERED',
  'NO_PEER_IN_REGION',
  'NO_PEER_ON_SYSTEM',
  'ALONE_ON_SYSTEM_IN_REGION',
  'NO_MENTOR',
  'LADDER_TOP',
  'ACTIVE_ONCE',
];

export type RadarAction = 'WELCOME' | 'GROUP' | 'MENTOR';

export interface RadarEntry {
  memberId: number;
  displayName: string;
  reasons: {
    reason: RadarReason;
    since: string | null;
    count: number;
    termIds: number[];
    topicIds: number[];
  }[];
  actions: {
    action: RadarAction;
    takenAt: string;
    takenBy: string | null;
    targetId: number | null;
  }[];
}

export interface RadarPage {
  items: RadarEntry[];
  page: number;
  size: number;
  total: number;
}

export interface RadarOptions {
  groups: {
    groupId: number;
    nameNb: string;
    nameEn: string;
    memberCount: number;
    peers: number;
    distance: number | null;
  }[];
  mentors: { mentorId: number; displayName: string; sharedSystems: number; freePlaces: number }[];
}

export interface Term {
  id: number;
  kind: string;
  nameNb: string;
  nameEn: string;
  sortOrder: number;
  archived: boolean;
}
