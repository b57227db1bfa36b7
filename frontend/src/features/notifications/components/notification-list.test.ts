import { describe, expect, it } from 'vitest';
import type { NotificationItem } from '../api/types';
import { groupNotifications } from './notification-list';

function item(id: number, patch: Partial<NotificationItem> = {}): NotificationItem {
  return {
    id,
    type: 'REPLY_TO_MY_TOPIC',
    kind: 'REPLIES',
    topicId: 7,
    title: 'EPJ-spørsmål',
    link: `/forum/t/7?post=${id}`,
    createdAt: '2026-12-03T10:00:00Z',
    read: false,
    ...patch,
  };
}

describe('groupNotifications', () => {
  it('puts replies in a row about one topic into one group led by the newest', () => {
    const groups = groupNotifications([item(3), item(2), item(1)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.head.id).toBe(3);
    expect(groups[0]?.items).toHaveLength(3);
  });

  it('keeps other topics, other types and read ones apart', () => {
    const groups = groupNotifications([
      item(5),
      item(4, { topicId: 8 }),
      item(3, { topicId: 8, type: 'MENTIONED', kind: 'MENTIONS' }),
      item(2, { topicId: 8, read: true, type: 'MENTIONED', kind: 'MENTIONS' }),
      item(1, { topicId: undefined, type: 'MENTORSHIP_MESSAGE', kind: 'MENTORING' }),
    ]);
    expect(groups.map((g) => g.items.length)).toEqual([1, 1, 1, 1, 1]);
  });
});
