import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { rememberKeptMember } from '@/lib/member-storage';
import { initTestI18n } from '@/testing/test-i18n';
import { enqueue, flushOutbox, outboxItems, type OutboxItem } from '../lib/outbox';
import { WaitingPosts } from './waiting-posts';

const item = {
  key: 'k1',
  kind: 'reply' as const,
  path: '/topics/5/posts',
  body: { body: 'Vi skriver notatet i bilen.', replyToPostId: null },
  draftKey: 'reply-5',
  draft: { body: 'Vi skriver notatet i bilen.', replyTo: null },
  topicId: 5,
  href: '/forum/t/5',
};

describe('WaitingPosts', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
    rememberKeptMember(4);
  });
  afterEach(() => window.localStorage.clear());

  it('shows a waiting reply in place, and cancelling gives its text back to the form', async () => {
    enqueue(item);
    const returned: [OutboxItem, boolean][] = [];
    render(
      <MemoryRouter>
        <WaitingPosts draftKey="reply-5" onReturn={(i, refused) => !!returned.push([i, refused])} />
      </MemoryRouter>,
    );
    expect(screen.getByText('Venter på nett – sendes når du er tilkoblet')).toBeInTheDocument();
    expect(screen.getByText('Vi skriver notatet i bilen.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt sending' }));
    expect(returned).toEqual([[expect.objectContaining({ key: 'k1' }), false]]);
    expect(outboxItems()).toEqual([]);
    expect(screen.queryByText('Vi skriver notatet i bilen.')).not.toBeInTheDocument();
  });

  it('keeps a post waiting and says what to do when the form cannot take its text back', async () => {
    enqueue(item);
    render(
      <MemoryRouter>
        <WaitingPosts draftKey="reply-5" onReturn={() => false} />
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt sending' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Skjemaet har tekst fra før\./);
    expect(screen.getByText('Venter på nett – sendes når du er tilkoblet')).toBeInTheDocument();
    expect(outboxItems()).toHaveLength(1);
  });

  it('shows a sent reply with a link to it', async () => {
    enqueue(item);
    render(
      <MemoryRouter>
        <WaitingPosts draftKey="reply-5" onReturn={() => true} />
      </MemoryRouter>,
    );
    await act(() =>
      flushOutbox(async () => ({ id: 9, topicId: 5, postNumber: 3, replayed: false })),
    );
    expect(screen.getByText('Svaret ditt er sendt')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se innlegget' })).toHaveAttribute(
      'href',
      '/forum/t/5?post=3',
    );
  });

  it('gives a refused reply back to the form with the refusal', async () => {
    enqueue(item);
    await flushOutbox(async () => {
      throw new ApiError(422, { status: 422, code: 'patient-data', field: 'body' });
    });
    const returned: [OutboxItem, boolean][] = [];
    render(
      <MemoryRouter>
        <WaitingPosts draftKey="reply-5" onReturn={(i, refused) => !!returned.push([i, refused])} />
      </MemoryRouter>,
    );
    expect(returned).toHaveLength(1);
    expect(returned[0]?.[1]).toBe(true);
    expect(returned[0]?.[0].refusal?.problem.code).toBe('patient-data');
    expect(outboxItems()).toEqual([]);
  });
});
