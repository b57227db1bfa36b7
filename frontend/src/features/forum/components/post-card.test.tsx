import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, renderPage, stubApi } from '@/testing/render';
import { initTestI18n } from '@/testing/test-i18n';
import type { PostView, TopicView } from '../api/types';
import { PostCard } from './post-card';

const topic = {
  id: 7,
  kind: 'QUESTION',
  locked: false,
  closedAt: null,
  author: { id: 1, displayName: 'Test Testesen' },
} as unknown as TopicView;

const reply = {
  id: 40,
  postNumber: 2,
  author: { id: 2, displayName: 'Kari' },
  createdAt: '2026-12-01T10:00:00Z',
  bodyHtml: '<p>Prøv å starte tjenesten på nytt.</p>',
  helpfulCount: 1,
  thanksCount: 0,
  markedHelpful: false,
  thanked: false,
  accepted: false,
  deleted: false,
  hidden: false,
} as unknown as PostView;

function renderCard() {
  renderPage(
    <PostCard post={reply} topic={topic} isNew={false} onReply={() => {}} onQuote={() => {}} />,
  );
}

describe('PostCard', () => {
  beforeEach(() => initTestI18n('nb'));

  it('says why marking a reply helpful did not take, and shows the count as it was', async () => {
    stubApi({
      'PUT /posts/40/helpful': () => answer(409, { status: 409, code: 'own-post' }),
    });
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Nyttig (1)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Du kan ikke gjøre dette på ditt eget innlegg.',
    );
    expect(screen.getByRole('button', { name: 'Nyttig (1)' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('says so when thanks could not be sent', async () => {
    stubApi({
      'PUT /posts/40/thanks': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Takk (0)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Fikk ikke kontakt med Helsebro, så endringen ble ikke lagret.',
    );
  });

  it("says so when the asker's accepting of an answer was refused", async () => {
    stubApi({
      'PUT /topics/7/accepted-answer': () => answer(409, { status: 409, code: 'topic-locked' }),
    });
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Godta som svar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/låst/i);
  });
});
