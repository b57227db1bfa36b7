import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { loadedFresh, questionOffersQuery } from './find-queries';
import { mentoringKeys } from './keys';
import type { QuestionRouting } from './types';

/** Unanswered questions offered to me. */
export function useQuestionOffers() {
  return useQuery({ ...questionOffersQuery(), staleTime: loadedFresh });
}

export function useDismissOffer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (topicId: number) => api.delete(`/me/question-offers/${topicId}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: mentoringKeys.questionOffers() }),
  });
}

/** Where my own questions stand on the ladder. */
export function useMyQuestionRoutings() {
  return useQuery({
    queryKey: mentoringKeys.questionRoutings(),
    queryFn: () => api.get<QuestionRouting[]>('/me/question-routings'),
  });
}
