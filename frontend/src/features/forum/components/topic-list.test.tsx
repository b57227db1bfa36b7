import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import type { TopicSummary, TopicSummaryPage } from '../api/types';
import { TopicList, topicHref } from './topic-list';

const topic: TopicSummary = {
  id: 7,
  kind: 'QUESTION',
  title: 'Utskrift fra DIPS feiler',
  categoryId: 1,
  author: { id: 1, displayName: 'Kari' },
  createdAt: '2026-01-01T10:00:00Z',
  lastActivityAt: '2026-01-02T10:00:00Z',
  lastPoster: null,
  replyCount: 3,
  lastPostNumber: 4,
  helpfulCount: 0,
  usedCount: 0,
  solved: true,
  pinned: false,
  locked: false,
  closed: false,
  tags: ['utskrift'],
  systems: [],
  lastReadPostNumber: 2,
};

/** A settled list query answering `data`. */
const listOf = (data: TopicSummaryPage) => ({
  data,
  isLoading: false,
  isError: false,
  refetch: () => undefined,
});

describe('TopicList', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('shows a solved question with its new replies and links to the first unread post', () => {
    render(
      <MemoryRouter>
        <TopicList
          list={listOf({ items: [topic], page: 0, size: 30, hasNext: false, total: 1 })}
          emptyText="Tomt"
        />
      </MemoryRouter>,
    );
    expect(screen.getByText(/Løst/)).toBeInTheDocument();
    expect(screen.getByText('2 nye svar')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Utskrift fra DIPS feiler' })).toHaveAttribute(
      'href',
      '/forum/t/7?post=3',
    );
  });

  it('says what to do when the list is empty', () => {
    render(
      <MemoryRouter>
        <TopicList
          list={listOf({ items: [], page: 0, size: 30, hasNext: false, total: 0 })}
          emptyText="Ingen tråder ennå. Start den første!"
        />
      </MemoryRouter>,
    );
    expect(screen.getByText('Ingen tråder ennå. Start den første!')).toBeInTheDocument();
  });

  it('links a topic without new replies to its start', () => {
    expect(topicHref({ ...topic, lastReadPostNumber: 4 })).toBe('/forum/t/7');
  });
});
