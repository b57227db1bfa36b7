import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { initTestI18n } from '@/testing/test-i18n';
import type { ReadTopicPage } from '../../api/topics';
import { TopicLoadError, TopicNotices } from './topic-states';

function page(topic: Partial<ReadTopicPage['topic']>, more: Partial<ReadTopicPage> = {}) {
  return {
    topic: { id: 7, visible: true, locked: false, closedAt: null, closedReason: null, ...topic },
    firstNewPostNumber: null,
    newPostCount: 0,
    ...more,
  } as unknown as ReadTopicPage;
}

describe('TopicLoadError', () => {
  beforeEach(() => initTestI18n('nb'));

  it('says the topic is not found when the server answers 404', () => {
    render(
      <MemoryRouter>
        <TopicLoadError error={new ApiError(404, { status: 404, code: 'not-found' })} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Fant ikke tråden' })).toBeVisible();
    expect(screen.getByRole('link', { name: /forum/i })).toHaveAttribute('href', '/forum');
  });

  it('says the topic could not be shown after another failure', () => {
    render(
      <MemoryRouter>
        <TopicLoadError error={new ApiError(500, { status: 500 })} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Klarte ikke å vise tråden' })).toBeVisible();
  });
});

describe('TopicNotices', () => {
  beforeEach(() => initTestI18n('nb'));

  it('explains a closed topic with its reason rather than the lock', () => {
    render(
      <MemoryRouter>
        <TopicNotices
          data={page({ closedAt: '2026-12-01T10:00:00Z', closedReason: 'Løst', locked: true })}
        />
      </MemoryRouter>,
    );
    expect(screen.getByText('Tråden er lukket: Løst')).toBeVisible();
    expect(screen.queryByText(/Tråden er låst/)).toBeNull();
  });

  it('tells a hidden topic and links to the first new reply', () => {
    render(
      <MemoryRouter>
        <TopicNotices data={page({ visible: false }, { firstNewPostNumber: 4, newPostCount: 2 })} />
      </MemoryRouter>,
    );
    expect(screen.getByText('Tråden er skjult for andre medlemmer.')).toBeVisible();
    expect(screen.getByRole('link', { name: /2 nye svar siden sist/ })).toHaveAttribute(
      'href',
      '/forum/t/7?post=4',
    );
  });
});
