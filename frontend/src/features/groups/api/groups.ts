import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, newIdempotencyKey } from '@/lib/api-client';
import type {
  AskedView,
  AskInput,
  Category,
  Group,
  GroupTopic,
  MemberPage,
  MyGroups,
  NewGroupInput,
} from './types';

/** Query keys of the groups feature. */
export const groupKeys = {
  all: ['groups'] as const,
  list: () => [...groupKeys.all, 'list'] as const,
  mine: () => [...groupKeys.all, 'mine'] as const,
  one: (id: number) => [...groupKeys.all, 'one', id] as const,
  members: (id: number, page: number) => [...groupKeys.all, 'members', id, page] as const,
  topics: (id: number) => [...groupKeys.all, 'topics', id] as const,
  categories: () => [...groupKeys.all, 'categories'] as const,
};

export function useGroups() {
  return useQuery({ queryKey: groupKeys.list(), queryFn: () => api.get<Group[]>('/groups') });
}

export function useMyGroups() {
  return useQuery({ queryKey: groupKeys.mine(), queryFn: () => api.get<MyGroups>('/groups/mine') });
}

export function useGroup(id: number) {
  return useQuery({ queryKey: groupKeys.one(id), queryFn: () => api.get<Group>(`/groups/${id}`) });
}

export function useGroupMembers(id: number, page: number) {
  return useQuery({
    queryKey: groupKeys.members(id, page),
    queryFn: () => api.get<MemberPage>(`/groups/${id}/members`, { query: { page, size: 24 } }),
  });
}

export function useGroupTopics(id: number) {
  return useQuery({
    queryKey: groupKeys.topics(id),
    queryFn: () => api.get<GroupTopic[]>(`/groups/${id}/topics`),
  });
}

/** Forum categories to ask in (the forum's public list). */
export function useCategories() {
  return useQuery({
    queryKey: groupKeys.categories(),
    queryFn: () => api.get<Category[]>('/categories'),
    staleTime: 5 * 60_000,
  });
}

function useGroupChange<T>(fn: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: groupKeys.all }),
  });
}

export function useMembership(id: number) {
  return useGroupChange((join: boolean) =>
    join ? api.put(`/groups/${id}/membership`) : api.delete(`/groups/${id}/membership`),
  );
}

export function useFollow(id: number) {
  return useGroupChange((follow: boolean) =>
    follow ? api.put(`/groups/${id}/follow`) : api.delete(`/groups/${id}/follow`),
  );
}

export function useCreateGroup() {
  return useGroupChange((input: NewGroupInput) => api.post<Group>('/groups', input));
}

/** Ask this group; one idempotency key per form, so a retry never makes two questions. */
export function useAskGroup(id: number) {
  const client = useQueryClient();
  const [key] = useState(newIdempotencyKey);
  return useMutation({
    mutationFn: (input: AskInput) =>
      api.post<AskedView>(`/groups/${id}/questions`, input, {
        headers: { 'Idempotency-Key': key },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: groupKeys.all }),
  });
}
