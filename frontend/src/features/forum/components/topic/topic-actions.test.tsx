import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, renderPage, stubApi } from '@/testing/render';
import { initTestI18n } from '@/testing/test-i18n';
import type { TopicView } from '../../api/types';
import { TopicActions } from './topic-actions';

const topic = {
  id: 7,
  kind: 'QUESTION',
  following: false,
  bookmarked: false,
  usedByMe: false,
  usedCount: 0,
  replyCount: 2,
  helpfulCount: 0,
  author: { id: 2, displayName: 'Kari' },
} as unknown as TopicView;

describe('TopicActions', () => {
  beforeEach(() => initTestI18n('nb'));

  it('says so when following the topic was refused, and shows it not followed', async () => {
    stubApi({
      'PUT /topics/7/following': () => answer(500, { status: 500, code: 'internal' }),
    });
    renderPage(<TopicActions topic={topic} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Følg tråden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Endringen ble ikke lagret. Prøv igjen om litt.',
    );
    expect(screen.getByRole('button', { name: 'Følg tråden' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('says the connection failed when Helsebro could not be reached', async () => {
    stubApi({
      'PUT /topics/7/bookmark': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderPage(<TopicActions topic={topic} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Bokmerke' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Fikk ikke kontakt med Helsebro, så endringen ble ikke lagret.',
      ),
    );
    expect(screen.getByRole('button', { name: 'Bokmerke' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
