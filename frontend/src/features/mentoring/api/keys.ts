/** Query keys of the mentoring feature: every query and invalidation goes through these. */
export const mentoringKeys = {
  all: ['mentoring'] as const,
  options: () => [...mentoringKeys.all, 'options'] as const,
  mentors: () => [...mentoringKeys.all, 'mentors'] as const,
  mentorList: (query: Record<string, unknown>) =>
    [...mentoringKeys.mentors(), 'list', query] as const,
  mentor: (id: number) => [...mentoringKeys.mentors(), id] as const,
  profile: () => [...mentoringKeys.all, 'profile'] as const,
  needs: () => [...mentoringKeys.all, 'needs'] as const,
  suggestions: () => [...mentoringKeys.all, 'suggestions'] as const,
  requests: () => [...mentoringKeys.all, 'requests'] as const,
  mentorships: () => [...mentoringKeys.all, 'mentorships'] as const,
  mentorship: (id: number) => [...mentoringKeys.mentorships(), id] as const,
  messages: (id: number) => [...mentoringKeys.mentorship(id), 'messages'] as const,
  goals: (id: number) => [...mentoringKeys.mentorship(id), 'goals'] as const,
  checkIns: (id: number) => [...mentoringKeys.mentorship(id), 'check-ins'] as const,
  feedback: (id: number) => [...mentoringKeys.mentorship(id), 'feedback'] as const,
  weights: () => [...mentoringKeys.all, 'weights'] as const,
  candidates: () => [...mentoringKeys.all, 'cohort-candidates'] as const,
  proposal: (id: number) => [...mentoringKeys.all, 'cohort-proposal', id] as const,
  statistics: () => [...mentoringKeys.all, 'statistics'] as const,
};
