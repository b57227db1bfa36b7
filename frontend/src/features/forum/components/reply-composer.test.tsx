import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { answer, renderPage, stubApi } from '@/testing/render';
import { ReplyComposer } from './reply-composer';

const show = () =>
  renderPage(<ReplyComposer topicId={5} memberId={1} onPosted={() => undefined} />);

describe('ReplyComposer', () => {
  beforeEach(async () => {
    localStorage.clear();
    await initTestI18n('nb');
  });

  it('asks for text before sending, on the field and above the button', async () => {
    const fetch = stubApi({ 'GET /drafts': () => answer(200, []) });
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Send svar' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Skriv et svar før du sender.');
    expect(screen.getByRole('textbox', { name: /Svaret ditt/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('sends the reply once with one idempotency key, and shows a refusal by its field', async () => {
    const keys: string[] = [];
    stubApi({
      'GET /drafts': () => answer(200, []),
      'PUT /drafts/reply-5': () => answer(200, {}),
      'POST /topics/5/posts': (init) => {
        keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
        return answer(422, {
          status: 422,
          code: 'patient-data',
          field: 'body',
          matches: [{ start: 8, end: 19 }],
          errors: [{ field: 'body', code: 'patient-data' }],
        });
      },
    });
    show();
    await userEvent.type(
      await screen.findByRole('textbox', { name: /Svaret ditt/ }),
      'Pasient 01010012356',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send svar' }));

    expect(await screen.findByText('Linje 1, tegn 9:')).toBeVisible();
    expect(screen.getByText(/Innlegget ble ikke sendt/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Send svar' }));
    await waitFor(() => expect(keys).toHaveLength(2));
    // The same text is the same reply: the retry carries the same key.
    expect(keys[0]).not.toBe('');
    expect(keys[1]).toBe(keys[0]);
  });
});
