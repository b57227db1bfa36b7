import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, stubApi } from '@/testing/render';
import { initTestI18n } from '@/testing/test-i18n';
import { CategoryFollowButton, FollowCategory } from './follow';

describe('FollowCategory', () => {
  beforeEach(() => initTestI18n('nb'));

  it('honours a second press while the first change is still on its way: the last press decides', async () => {
    let following = false;
    let releasePut: () => void = () => {};
    const sent: string[] = [];
    const category = () => ({
      id: 3,
      slug: 'drift',
      nameNb: 'Drift',
      nameEn: 'Operations',
      following,
    });
    stubApi({
      'GET /categories': () => answer(200, [category()]),
      'PUT /categories/3/following': () => {
        sent.push('PUT');
        return new Promise<Response>((resolve) => {
          releasePut = () => {
            following = true;
            resolve(new Response(null, { status: 204 }));
          };
        });
      },
      'DELETE /categories/3/following': () => {
        sent.push('DELETE');
        following = false;
        return new Response(null, { status: 204 });
      },
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <FollowCategory slug="drift" />
      </QueryClientProvider>,
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Følg kategorien Drift' }));
    // The press shows at once, while the server has not answered.
    const on = await screen.findByRole('button', { name: 'Følger kategorien Drift' });
    expect(on).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(sent).toEqual(['PUT']));
    // Pressed again before the answer: it turns back, and the change waits for the first.
    fireEvent.click(on);
    expect(await screen.findByRole('button', { name: 'Følg kategorien Drift' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(sent).toEqual(['PUT']);
    releasePut();
    await waitFor(() => expect(sent).toEqual(['PUT', 'DELETE']));
    await waitFor(() => expect(following).toBe(false));
    // Once all is read again, the button shows the server's state, the one last asked for.
    await waitFor(() => expect(client.isMutating()).toBe(0));
    await waitFor(() => expect(client.isFetching()).toBe(0));
    expect(screen.getByRole('button', { name: 'Følg kategorien Drift' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it("says beside the category index's compact toggle when a change was refused", async () => {
    stubApi({
      'PUT /categories/3/following': () => answer(403, { status: 403, code: 'forbidden' }),
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <CategoryFollowButton category={{ id: 3, following: false }} name="Drift" compact />
      </QueryClientProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Følg kategorien Drift' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Endringen ble ikke lagret. Prøv igjen om litt.',
    );
    expect(screen.getByRole('button', { name: 'Følg kategorien Drift' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
