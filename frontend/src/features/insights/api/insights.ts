import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download } from '@/lib/api-client';
import type { ApiSchema } from '@/lib/api-schema';
import type { HealthQuery, HealthView, RadarOptions, RadarPage, RadarReason, Term } from './types';

/** Query keys of the insights feature. */
export const insightsKeys = {
  all: ['insights'] as const,
  health: (q: HealthQuery) => [...insightsKeys.all, 'health', q] as const,
  radar: () => [...insightsKeys.all, 'radar'] as const,
  radarPage: (reason: string, page: number) => [...insightsKeys.radar(), reason, page] as const,
  options: (memberId: number) => [...insightsKeys.radar(), 'options', memberId] as const,
  terms: () => [...insightsKeys.all, 'terms'] as const,
};

export function useHealth(q: HealthQuery) {
  return useQuery({
    queryKey: insightsKeys.health(q),
    queryFn: () => api.get<HealthView>('/insights/health', { query: { ...q } }),
  });
}

export function useRefreshFigures() {
  return useMutation({ mutationFn: () => api.post<void>('/insights/refresh') });
}

/** Regions, workplace types and systems for the filters. */
export function useTerms() {
  return useQuery({
    queryKey: insightsKeys.terms(),
    queryFn: () => api.get<Term[]>('/taxonomies'),
    staleTime: 5 * 60_000,
  });
}

export function useRadar(reason: RadarReason | '', page: number) {
  return useQuery({
    queryKey: insightsKeys.radarPage(reason, page),
    queryFn: () =>
      api.get<RadarPage>('/insights/radar', { query: { reason: reason || undefined, page } }),
  });
}

export function useRadarOptions(memberId: number, enabled: boolean) {
  return useQuery({
    queryKey: insightsKeys.options(memberId),
    queryFn: () => api.get<RadarOptions>(`/insights/radar/${memberId}/options`),
    enabled,
  });
}

export type ActionInput = ApiSchema<'RadarActionRequest'>;

export function useRadarAction(memberId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ActionInput) =>
      api.post<void>(`/insights/radar/${memberId}/actions`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: insightsKeys.radar() }),
  });
}

export function useDismiss(memberId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: RadarReason) =>
      api.post<void>(`/insights/radar/${memberId}/dismissals`, { reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: insightsKeys.radar() }),
  });
}

/** Fetches a contribution report (PDF or CSV) for the member. */
export function fetchReport(memberId: number, from: string, to: string, format: 'pdf' | 'csv') {
  return download(`/contribution-reports/${memberId}`, { from, to, format });
}
