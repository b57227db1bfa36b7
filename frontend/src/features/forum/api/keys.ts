/** Query keys of the forum feature: every query and invalidation goes through these. */
export const forumKeys = {
  all: ['forum'] as const,
  categories: () => [...forumKeys.all, 'categories'] as const,
  category: (slug: string) => [...forumKeys.all, 'category', slug] as const,
  lists: () => [...forumKeys.all, 'topics'] as const,
  list: (query: Record<string, unknown>) => [...forumKeys.lists(), query] as const,
  topics: () => [...forumKeys.all, 'topic'] as const,
  topic: (id: number, page: number | 'post', post?: number) =>
    [...forumKeys.topics(), id, page, post ?? null] as const,
  post: (id: number) => [...forumKeys.all, 'post', id] as const,
  revisions: (id: number) => [...forumKeys.all, 'revisions', id] as const,
  bookmarks: (page: number) => [...forumKeys.all, 'bookmarks', page] as const,
  vocabularies: () => [...forumKeys.all, 'vocabularies'] as const,
  tags: (q: string) => [...forumKeys.all, 'tags', q] as const,
  tag: (name: string) => [...forumKeys.all, 'tag', name.toLowerCase()] as const,
  followedTags: () => [...forumKeys.all, 'followed-tags'] as const,
  mentions: (q: string) => [...forumKeys.all, 'mentions', q] as const,
  feedToken: () => [...forumKeys.all, 'feed-token'] as const,
  titles: (contains: string, except: number) =>
    [...forumKeys.all, 'titles', contains, except] as const,
};
