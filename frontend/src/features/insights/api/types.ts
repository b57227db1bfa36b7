/** Types of the insights API (backend no.helsebro.insights): the OpenAPI document's schemas. */
import type { ApiSchema, NarrowedSchema } from '@/lib/api-schema';

export type Granularity = ApiSchema<'Periods.Granularity'>;

export type HealthPeriod = ApiSchema<'HealthPeriod'>;

export type HealthView = ApiSchema<'HealthView'>;

/** Client-only: the health page's query parameters. */
export interface HealthQuery {
  from?: string;
  to?: string;
  by?: Granularity;
  region?: string;
  workplaceType?: string;
  system?: string;
}

export type RadarReason = ApiSchema<'RadarReason'>;

export const radarReasons: RadarReason[] = [
  'UNANSWERED',
  'NO_PEER_IN_REGION',
  'NO_PEER_ON_SYSTEM',
  'ALONE_ON_SYSTEM_IN_REGION',
  'NO_MENTOR',
  'LADDER_TOP',
  'ACTIVE_ONCE',
];

export type RadarAction = ApiSchema<'RadarAction'>;

export type RadarEntry = ApiSchema<'RadarEntryView'>;

export type RadarPage = ApiSchema<'RadarPage'>;

export type RadarOptions = ApiSchema<'RadarOptionsView'>;

/** A taxonomy term for the filters (every term the server sends has an id). */
export type Term = NarrowedSchema<'TaxonomyTerm', { id: number }>;
