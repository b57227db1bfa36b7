import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, stubApi } from '@/testing/render';
import { initTestI18n } from '@/testing/test-i18n';
import { Revisions } from './revisions';

describe('Revisions', () => {
  beforeEach(() => initTestI18n('nb'));

  it("is the browser's details, and loads the history only when opened", async () => {
    const fetch = stubApi({
      'GET /posts/7/revisions': () =>
        answer(200, [
          {
            version: 1,
            title: null,
            body: 'Første utgave.',
            story: null,
            editor: { id: 1, displayName: 'Kari Nordmann' },
            createdAt: '2026-11-02T10:00:00Z',
            current: false,
          },
        ]),
    });
    const { container } = render(
      <QueryClientProvider client={new QueryClient()}>
        <Revisions postId={7} />
      </QueryClientProvider>,
    );
    const details = container.querySelector('details');
    expect(details).toHaveClass('ds-details');
    expect(details?.querySelector(':scope > summary')).toHaveTextContent('Endringshistorikk');
    expect(fetch).not.toHaveBeenCalled();

    act(() => {
      details!.open = true;
      details!.dispatchEvent(new Event('toggle'));
    });
    expect(await screen.findByText('Første utgave.')).toBeTruthy();
    expect(screen.getByText('Versjon 1')).toBeTruthy();
  });
});
