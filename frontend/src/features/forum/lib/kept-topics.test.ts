import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetKeptMember, rememberKeptMember } from '@/lib/member-storage';
import type { TopicPage } from '../api/types';
import { keepTopicPage, keptTopicLimit, keptTopicPage, keptTopics } from './kept-topics';

const pageOf = (id: number) =>
  ({ topic: { id, title: `Tråd ${id}` }, posts: [] }) as unknown as TopicPage;

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('kept topics (ADR 0025)', () => {
  it('keeps the topics a member read, newest first, and at most the limit', () => {
    rememberKeptMember(3);
    for (let id = 1; id <= keptTopicLimit + 5; id++) keepTopicPage(id, 'p0', pageOf(id));
    const kept = keptTopics();
    expect(kept).toHaveLength(keptTopicLimit);
    expect(kept[0]?.id).toBe(keptTopicLimit + 5);
    expect(keptTopicPage(1, 'p0')).toBeNull();
    // The pages of the forgotten topics are gone from storage too, not only from the index.
    expect(window.localStorage.getItem('helsebro.offline.3.topic.1')).toBeNull();
    expect(
      Object.keys(window.localStorage).filter((k) => k.startsWith('helsebro.offline.3.topic.')),
    ).toHaveLength(keptTopicLimit);
    expect(keptTopicPage(keptTopicLimit + 5, 'p0')?.page.topic.title).toBe(
      `Tråd ${keptTopicLimit + 5}`,
    );
  });

  it('reading a topic again moves it to the front, with the time it was saved', () => {
    rememberKeptMember(3);
    keepTopicPage(1, 'p0', pageOf(1), new Date('2026-12-04T08:00:00Z'));
    keepTopicPage(2, 'p0', pageOf(2));
    keepTopicPage(1, 'p1', pageOf(1), new Date('2026-12-04T09:00:00Z'));
    expect(keptTopics().map((k) => k.id)).toEqual([1, 2]);
    // Another page of a kept topic gives the page read last rather than nothing.
    expect(keptTopicPage(1, 'p0')).toMatchObject({
      variant: 'p1',
      savedAt: '2026-12-04T09:00:00.000Z',
    });
  });

  it('keeps nothing for a guest and nothing after sign-out', () => {
    keepTopicPage(1, 'p0', pageOf(1));
    expect(keptTopicPage(1, 'p0')).toBeNull();
    rememberKeptMember(3);
    keepTopicPage(1, 'p0', pageOf(1));
    forgetKeptMember();
    expect(keptTopicPage(1, 'p0')).toBeNull();
  });

  it('when the browser’s storage is full, the oldest topics make room for the one just read', () => {
    rememberKeptMember(3);
    keepTopicPage(1, 'p0', pageOf(1));
    keepTopicPage(2, 'p0', pageOf(2));
    keepTopicPage(3, 'p0', pageOf(3));
    // A storage that holds two topic pages at most.
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      const pages = Object.keys(this).filter((k) => k.includes('.topic.') && k !== key);
      if (key.includes('.topic.') && pages.length >= 2) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    });
    keepTopicPage(4, 'p0', pageOf(4));
    expect(keptTopics().map((k) => k.id)).toEqual([4, 3]);
    expect(keptTopicPage(4, 'p0')?.page.topic.title).toBe('Tråd 4');
    expect(keptTopicPage(1, 'p0')).toBeNull();
  });
});
