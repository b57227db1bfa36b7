import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import type { TopicView } from '../../api/types';
import { FollowUps } from './follow-ups';

const topic = { id: 9, kind: 'STORY' } as TopicView;

function wrap(children: ReactNode) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>{children}</MemoryRouter>
    </QueryClientProvider>
  );
}

describe('FollowUps', () => {
  beforeEach(() => initTestI18n('nb'));

  it('shows a reader the follow-ups without a form to add one', () => {
    render(
      wrap(
        <FollowUps
          data={{
            topic,
            followUps: [
              { id: 1, bodyHtml: '<p>Det varte.</p>', createdAt: '2026-11-02T10:00:00Z' },
            ],
          }}
          isAuthor={false}
        />,
      ),
    );
    expect(screen.getByRole('heading', { name: 'Oppfølging' })).toBeVisible();
    expect(screen.getByText('Det varte.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Legg til oppfølging' })).toBeNull();
  });

  it('invites the author to add the first follow-up', () => {
    render(wrap(<FollowUps data={{ topic, followUps: [] }} isAuthor />));
    expect(screen.getByText('Legg til en oppfølging senere: varte det?')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Legg til oppfølging' })).toBeVisible();
  });
});
