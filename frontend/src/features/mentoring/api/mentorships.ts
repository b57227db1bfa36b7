import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, newIdempotencyKey } from '@/lib/api-client';
import { mentoringKeys } from './keys';
import type {
  CheckIn,
  Feedback,
  Goal,
  GoalStatus,
  Mentorship,
  Message,
  MessagePage,
} from './types';

export function useMentorships() {
  return useQuery({
    queryKey: mentoringKeys.mentorships(),
    queryFn: () => api.get<Mentorship[]>('/mentorships'),
  });
}

export function useMentorship(id: number) {
  return useQuery({
    queryKey: mentoringKeys.mentorship(id),
    queryFn: () => api.get<Mentorship>(`/mentorships/${id}`),
  });
}

export function useEndMentorship(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api.patch<Mentorship>(`/mentorships/${id}`, { status: 'ENDED', reason: reason || null }),
    onSuccess: (m) => {
      client.setQueryData(mentoringKeys.mentorship(id), m);
      void client.invalidateQueries({ queryKey: mentoringKeys.mentorships() });
      void client.invalidateQueries({ queryKey: mentoringKeys.profile() });
    },
  });
}

export function useMessages(id: number) {
  return useQuery({
    queryKey: mentoringKeys.messages(id),
    queryFn: () => api.get<MessagePage>(`/mentorships/${id}/messages`, { query: { size: 100 } }),
    refetchInterval: 30_000,
  });
}

/** Posts a message; the key is made once per message, so a retry never posts it twice. */
export function usePostMessage(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { body: string; key: string }) =>
      api.post<Message>(
        `/mentorships/${id}/messages`,
        { body: input.body },
        { headers: { 'Idempotency-Key': input.key } },
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: mentoringKeys.messages(id) }),
  });
}

export { newIdempotencyKey };

export function useGoals(id: number) {
  return useQuery({
    queryKey: mentoringKeys.goals(id),
    queryFn: () => api.get<Goal[]>(`/mentorships/${id}/goals`),
  });
}

export function useAddGoal(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => api.post<Goal>(`/mentorships/${id}/goals`, { title }),
    onSuccess: () => void client.invalidateQueries({ queryKey: mentoringKeys.goals(id) }),
  });
}

export function useUpdateGoal(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { goalId: number; status: GoalStatus }) =>
      api.patch<Goal>(`/mentorships/${id}/goals/${input.goalId}`, { status: input.status }),
    onSuccess: () => void client.invalidateQueries({ queryKey: mentoringKeys.goals(id) }),
  });
}

export function useCheckIns(id: number) {
  return useQuery({
    queryKey: mentoringKeys.checkIns(id),
    queryFn: () => api.get<CheckIn[]>(`/mentorships/${id}/check-ins`),
  });
}

export function useAddCheckIn(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { heldOn: string; note: string }) =>
      api.post<CheckIn>(`/mentorships/${id}/check-ins`, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: mentoringKeys.checkIns(id) }),
  });
}

export function useGiveFeedback(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { helped: boolean; rating: number; comment: string | null }) =>
      api.put<Feedback>(`/mentorships/${id}/feedback`, input),
    onSuccess: (f) => {
      client.setQueryData(mentoringKeys.feedback(id), f);
      void client.invalidateQueries({ queryKey: mentoringKeys.mentorships() });
    },
  });
}
