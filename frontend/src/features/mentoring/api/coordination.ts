import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { mentoringKeys } from './keys';
import type {
  CohortCandidate,
  CohortProposal,
  Factor,
  MatchingWeights,
  MentoringStatistics,
} from './types';

export function useWeights() {
  return useQuery({
    queryKey: mentoringKeys.weights(),
    queryFn: () => api.get<MatchingWeights>('/matching-weights'),
  });
}

export function useSaveWeights() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (weights: Record<Factor, number>) =>
      api.put<MatchingWeights>('/matching-weights', { weights }),
    onSuccess: (w) => {
      client.setQueryData(mentoringKeys.weights(), w);
      void client.invalidateQueries({ queryKey: mentoringKeys.suggestions() });
    },
  });
}

export function useCohortCandidates() {
  return useQuery({
    queryKey: mentoringKeys.candidates(),
    queryFn: () => api.get<CohortCandidate[]>('/cohort-candidates'),
  });
}

export function usePropose() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { menteeIds: number[]; message: string }) =>
      api.post<CohortProposal>('/cohort-proposals', input),
    onSuccess: (p) => client.setQueryData(mentoringKeys.proposal(p.id), p),
  });
}

export function useDecideProposal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      id: number;
      status: 'CONFIRMED' | 'DISCARDED';
      excludedMenteeIds: number[];
    }) =>
      api.patch<CohortProposal>(`/cohort-proposals/${input.id}`, {
        status: input.status,
        excludedMenteeIds: input.excludedMenteeIds,
      }),
    onSuccess: (p) => {
      client.setQueryData(mentoringKeys.proposal(p.id), p);
      void client.invalidateQueries({ queryKey: mentoringKeys.candidates() });
      void client.invalidateQueries({ queryKey: mentoringKeys.statistics() });
    },
  });
}

export function useStatistics() {
  return useQuery({
    queryKey: mentoringKeys.statistics(),
    queryFn: () => api.get<MentoringStatistics>('/mentoring-statistics'),
  });
}
