/** Mirrors the insights API (backend no.helsebro.insights). */
export type Granularity = 'WEEK' | 'MONTH';
import type { ApiSchema } from '@/lib/api-schema';

export type HealthPeriod = ApiSchema<'HealthPeriod'>;

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

export type RadarEntry = ApiSchema<'RadarEntryView'>;

export type RadarPage = ApiSchema<'RadarPage'>;

export type RadarOptions = ApiSchema<'RadarOptionsView'>;

export interface Term {
  id: number;
  kind: string;
  nameNb: string;
  nameEn: string;
  sortOrder: number;
  archived: boolean;
}
