import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import {
  loadedFresh,
  mentoringOptionsQuery,
  mentorListQuery,
  myMentorProfileQuery,
  suggestionCount,
  suggestionsQuery,
  type MentorQuery,
} from './find-queries';
import { mentoringKeys } from './keys';
import type {
  MenteeNeeds,
  MenteeNeedsInput,
  MentorProfile,
  MentorProfileInput,
  MentorView,
} from './types';

export type { MentorQuery } from './find-queries';

export function useMentoringOptions() {
  return useQuery(mentoringOptionsQuery());
}

export function useMentorList(query: MentorQuery) {
  return useQuery({
    ...mentorListQuery(query),
    placeholderData: keepPreviousData,
    staleTime: loadedFresh,
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
  return useQuery({ ...myMentorProfileQuery(), staleTime: loadedFresh });
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

export function useSuggestions(limit = suggestionCount) {
  return useQuery({
    ...suggestionsQuery(limit),
    staleTime: loadedFresh,
  });
}
