import { api } from '@/lib/api-client';
import { mentoringKeys } from './keys';
import type {
  MentoringOptions,
  MentorPage,
  MentorProfile,
  QuestionOffer,
  Suggestions,
} from './types';

/** Directory filters exactly as they appear in the page URL (client-only: query parameters). */
export interface MentorQuery {
  system?: string;
  workplaceType?: string;
  region?: string;
  background?: string;
  language?: string;
  availability?: string;
  hasCapacity?: string;
  q?: string;
  sort?: string;
  page?: number;
  size?: number;
}

/** Mentors the directory shows at a time. */
const directoryPageSize = 10;

/** Suggested mentors shown above the directory. */
export const suggestionCount = 5;

/** The directory query of the page's URL. */
export function directoryQueryFromParams(params: URLSearchParams): MentorQuery {
  return {
    system: params.get('system') ?? undefined,
    workplaceType: params.get('workplaceType') ?? undefined,
    region: params.get('region') ?? undefined,
    background: params.get('background') ?? undefined,
    language: params.get('language') ?? undefined,
    availability: params.get('availability') ?? undefined,
    hasCapacity: params.get('hasCapacity') ?? undefined,
    q: params.get('q') ?? undefined,
    sort: params.get('sort') ?? undefined,
    page: Math.max(0, Number(params.get('page') ?? '1') - 1) || 0,
    size: directoryPageSize,
  };
}

// The queries of the find-a-mentor page, as its parts read them and its route loader starts them
// (ADR 0021): one key and one function for both, so a part finds the loader's request instead of
// making its own. Kept apart from the hooks (and their mutations) so that the loader loads little.

export function mentorListQuery(query: MentorQuery) {
  return {
    queryKey: mentoringKeys.mentorList(query as Record<string, unknown>),
    queryFn: () => api.get<MentorPage>('/mentors', { query: { ...query } }),
  };
}

export function mentoringOptionsQuery() {
  return {
    queryKey: mentoringKeys.options(),
    queryFn: () => api.get<MentoringOptions>('/mentoring-options'),
    staleTime: 5 * 60_000,
  };
}

/** My mentor profile, or null when I have not opted in (204). */
export function myMentorProfileQuery() {
  return {
    queryKey: mentoringKeys.profile(),
    queryFn: async () => (await api.get<MentorProfile | undefined>('/me/mentor-profile')) ?? null,
  };
}

export function suggestionsQuery(limit: number) {
  return {
    queryKey: [...mentoringKeys.suggestions(), limit] as const,
    queryFn: () => api.get<Suggestions>('/me/mentor-suggestions', { query: { limit } }),
  };
}

/** Unanswered questions offered to me. */
export function questionOffersQuery() {
  return {
    queryKey: mentoringKeys.questionOffers(),
    queryFn: () => api.get<QuestionOffer[]>('/me/question-offers'),
  };
}

/**
 * How long an answer the loader fetched stays fresh for the page: a few seconds, so that the page
 * does not ask again for what its route loader has just fetched.
 */
export const loadedFresh = 5_000;
