import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApiSchema } from '@/lib/api-schema';

export type ShiftPattern = ApiSchema<'ShiftPattern'>;
export const shiftPatterns: ShiftPattern[] = [
  'DAY',
  'EVENING',
  'NIGHT',
  'ROTATING',
  'OFFICE_HOURS',
  'PART_TIME',
];

export type MemberProfile = ApiSchema<'MemberProfileView'>;

export type ProfileInput = ApiSchema<'UpdateProfileRequest'>;

/** The one member card of the API (groups' member lists alias the same schema). */
export type MemberCard = ApiSchema<'MemberCard'>;

export type MemberCardPage = ApiSchema<'MemberCardPage'>;

/** Client-only: the directory's query parameters. */
export interface DirectoryParams {
  q?: string;
  region?: number;
  workplaceType?: number;
  system?: number;
  background?: number;
  expertise?: number;
  page?: number;
  size?: number;
}

export const profileKeys = {
  all: ['profiles'] as const,
  member: (id: number) => [...profileKeys.all, 'member', id] as const,
  mine: () => [...profileKeys.all, 'mine'] as const,
  directory: (params: DirectoryParams) => [...profileKeys.all, 'directory', params] as const,
};

export function useMemberProfile(id: number) {
  return useQuery({
    queryKey: profileKeys.member(id),
    queryFn: () => api.get<MemberProfile>(`/members/${id}`),
    enabled: Number.isFinite(id),
  });
}

export function useMyProfile() {
  return useQuery({
    queryKey: profileKeys.mine(),
    queryFn: () => api.get<MemberProfile>('/me/profile'),
  });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProfileInput) => api.put<MemberProfile>('/me/profile', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.all }),
  });
}

export function useDirectory(params: DirectoryParams) {
  return useQuery({
    queryKey: profileKeys.directory(params),
    queryFn: () =>
      api.get<MemberCardPage>('/members', {
        query: { ...params },
      }),
    placeholderData: keepPreviousData,
  });
}
