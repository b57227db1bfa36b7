import { readKept, writeKept } from '@/lib/member-storage';
import type { TopicPage } from '../api/types';

/** How many topic pages a member keeps for reading offline (ADR 0025). */
export const keptTopicLimit = 20;

/** Which page of a topic: 'p0', 'p1' … or 'post12' for a link to a post. */
export type TopicVariant = string;

export interface KeptTopic {
  id: number;
  variant: TopicVariant;
  savedAt: string;
  page: TopicPage;
}

const name = 'topics';

export function topicVariant(page: number | null, post: number | null): TopicVariant {
  return post != null ? `post${post}` : `p${page ?? 0}`;
}

/** The member's kept topic pages, most recently read first. */
export function keptTopics(): KeptTopic[] {
  return readKept<KeptTopic[]>(name) ?? [];
}

/**
 * Keeps a topic page the member just read, newest first, at most {@link keptTopicLimit} topics
 * (one page each: the one read last). When the browser's storage is full the oldest go first.
 * Nothing is kept for a guest.
 */
export function keepTopicPage(
  id: number,
  variant: TopicVariant,
  page: TopicPage,
  now = new Date(),
) {
  let next: KeptTopic[] = [
    { id, variant, savedAt: now.toISOString(), page },
    ...keptTopics().filter((k) => k.id !== id),
  ].slice(0, keptTopicLimit);
  while (next.length > 0 && !writeKept(name, next)) next = next.slice(0, -1);
}

/** The kept copy of this topic: the same page if it was read, otherwise the page read last. */
export function keptTopicPage(id: number, variant: TopicVariant): KeptTopic | null {
  const all = keptTopics().filter((k) => k.id === id);
  return all.find((k) => k.variant === variant) ?? all[0] ?? null;
}
