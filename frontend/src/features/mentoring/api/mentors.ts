import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { mentoringKeys } from './keys';
import type {
  MenteeNeeds,
  MenteeNeedsInput,
  MentoringOptions,
  MentorPage,
  MentorProfile,
  MentorProfileInput,
  MentorView,
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

export function useMentoringOptions() {
  return useQuery({
    queryKey: mentoringKeys.options(),
    queryFn: () => api.get<MentoringOptions>('/mentoring-options'),
    staleTime: 5 * 60_000,
  });
}

export function useMentorList(query: MentorQuery) {
  return useQuery({
    queryKey: mentoringKeys.mentorList(query as Record<string, unknown>),
    queryFn: () => api.get<MentorPage>('/mentors', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}

export function useMentor(id: number) {
  return useQuery({
    queryKey: mentoringKeys.mentor(id),
    queryFn: () => api.get<MentorView>(`/mentors/${id}`),
  });
}

/** My mentor profile, or null when I have not opted in (204). */
export function useMyMentorProfile() {
  return useQuery({
    queryKey: mentoringKeys.profile(),
    queryFn: async () => (await api.get<MentorProfile | undefined>('/me/mentor-profile')) ?? null,
  });
}

export function useSaveMentorProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MentorProfileInput) => api.put<MentorProfile>('/me/mentor-profile', input),
    onSuccess: (profile) => {
      client.setQueryData(mentoringKeys.profile(), profile);
      void client.invalidateQueries({ queryKey: mentoringKeys.mentors() });
      void client.invalidateQueries({ queryKey: mentoringKeys.suggestions() });
    },
  });
}

export function useOptOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/me/mentor-profile'),
    onSuccess: () => {
      client.setQueryData(mentoringKeys.profile(), null);
      void client.invalidateQueries({ queryKey: mentoringKeys.mentors() });
      void client.invalidateQueries({ queryKey: mentoringKeys.requests() });
    },
  });
}

export function useMyNeeds() {
  return useQuery({
    queryKey: mentoringKeys.needs(),
    queryFn: () => api.get<MenteeNeeds>('/me/mentee-needs'),
  });
}

export function useSaveNeeds() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MenteeNeedsInput) => api.put<MenteeNeeds>('/me/mentee-needs', input),
    onSuccess: (needs) => {
      client.setQueryData(mentoringKeys.needs(), needs);
      void client.invalidateQueries({ queryKey: mentoringKeys.suggestions() });
    },
  });
}

export function useSuggestions(limit = 5) {
  return useQuery({
    queryKey: [...mentoringKeys.suggestions(), limit],
    queryFn: () => api.get<Suggestions>('/me/mentor-suggestions', { query: { limit } }),
  });
}
