import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApiSchema } from '@/lib/api-schema';
import { mentoringKeys } from './keys';
import type { MentorRequest } from './types';

export function useMyRequests() {
  return useQuery({
    queryKey: mentoringKeys.requests(),
    queryFn: () => api.get<MentorRequest[]>('/mentor-requests'),
  });
}

export function useSendRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiSchema<'NewMentorRequest'>) =>
      api.post<MentorRequest>('/mentor-requests', input),
    onSuccess: (_request, input) => {
      void client.invalidateQueries({ queryKey: mentoringKeys.requests() });
      void client.invalidateQueries({ queryKey: mentoringKeys.mentor(input.mentorId) });
      void client.invalidateQueries({ queryKey: mentoringKeys.suggestions() });
    },
  });
}

export type Decision = ApiSchema<'MentorRequestDecision.Status'>;

export function useDecideRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; status: Decision; note?: string }) =>
      api.patch<MentorRequest>(`/mentor-requests/${input.id}`, {
        status: input.status,
        note: input.note || null,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: mentoringKeys.requests() });
      void client.invalidateQueries({ queryKey: mentoringKeys.mentorships() });
      void client.invalidateQueries({ queryKey: mentoringKeys.profile() });
      void client.invalidateQueries({ queryKey: mentoringKeys.mentors() });
    },
  });
}
