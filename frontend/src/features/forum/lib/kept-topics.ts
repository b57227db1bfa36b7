import { readKept, writeKept } from '@/lib/member-storage';
import type { TopicPage } from '../api/types';

/** How many topic pages a member keeps for reading offline (ADR 0025). */
export const keptTopicLimit = 20;

/** Which page of a topic: 'p0', 'p1' … or 'post12' for a link to a post. */
export type TopicVariant = string;

/** One kept topic in the index (newest first); its page is stored under its own name. */
export interface KeptTopicEntry {
  id: number;
  variant: TopicVariant;
  savedAt: string;
}

export interface KeptTopic extends KeptTopicEntry {
  page: TopicPage;
}

const indexName = 'topics';
const pageName = (id: number) => `topic.${id}`;

export function topicVariant(page: number | null, post: number | null): TopicVariant {
  return post != null ? `post${post}` : `p${page ?? 0}`;
}

/** The member's kept topics, most recently read first. */
export function keptTopics(): KeptTopicEntry[] {
  return readKept<KeptTopicEntry[]>(indexName) ?? [];
}

/**
 * Keeps a topic page the member just read, newest first, at most {@link keptTopicLimit} topics
 * (one page each: the one read last). Each page has a key of its own, so reading a topic writes
 * that page and the small index, not all twenty. When the browser's storage is full the oldest
 * go first. Nothing is kept for a guest.
 */
export function keepTopicPage(
  id: number,
  variant: TopicVariant,
  page: TopicPage,
  now = new Date(),
) {
  const entry = { id, variant, savedAt: now.toISOString() };
  let index = [entry, ...keptTopics().filter((k) => k.id !== id)];
  const drop = (from: number) => {
    index.slice(from).forEach((k) => writeKept(pageName(k.id), null));
    index = index.slice(0, from);
  };
  drop(keptTopicLimit);
  while (!writeKept(pageName(id), page)) {
    // Full (or no member): make room by forgetting the oldest, down to nothing but this one.
    if (index.length <= 1) {
      drop(0);
      writeKept(indexName, null);
      return;
    }
    drop(index.length - 1);
  }
  writeKept(indexName, index);
}

/** The kept copy of this topic (the page read last; `variant` says which it was), or null. */
export function keptTopicPage(id: number, variant: TopicVariant): KeptTopic | null {
  void variant;
  const entry = keptTopics().find((k) => k.id === id);
  const page = entry ? readKept<TopicPage>(pageName(id)) : null;
  return entry && page ? { ...entry, page } : null;
}
