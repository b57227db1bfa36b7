import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { SessionProvider, type EstablishedSession } from '@/lib/session';
import { initTestI18n } from '@/testing/test-i18n';
import { testSession } from '@/testing/session';
import { AccountMenu } from './account-menu';

const session = testSession('token', { id: 7, displayName: 'Kari Nordmann' });

async function renderMenu(restore: () => Promise<EstablishedSession | null>) {
  // With a page's content beside it: the member's menu comes once that is drawn (its heading).
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <>
          <AccountMenu />
          <main>
            <h1>Forsiden</h1>
          </main>
        </>
      ),
    },
  ]);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SessionProvider restore={restore}>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>,
  );
  await act(async () => {});
}

describe('AccountMenu', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('offers neither sign-in nor the account menu while the session is not known', async () => {
    // Restoring has not answered (a slow network, or offline: ADR 0020).
    await renderMenu(() => new Promise(() => undefined));
    expect(screen.queryByRole('link', { name: 'Logg inn' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bli medlem' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    // An empty place of the links' size, hidden from screen readers.
    const place = screen.getByTestId('account-placeholder');
    expect(place).toHaveAttribute('aria-hidden', 'true');
    expect(place).toHaveClass('hb-account-place');
  });

  it('offers sign-in and joining to a guest', async () => {
    await renderMenu(async () => null);
    expect(screen.getByRole('link', { name: 'Logg inn' })).toHaveAttribute('href', '/sign-in');
    expect(screen.getByRole('link', { name: 'Bli medlem' })).toHaveAttribute('href', '/register');
    expect(screen.queryByTestId('account-placeholder')).not.toBeInTheDocument();
  });

  it('shows a signed-in member their menu, not the sign-in links', async () => {
    await renderMenu(async () => session);
    expect(screen.queryByRole('link', { name: 'Logg inn' })).not.toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'Kontomeny for Kari Nordmann' }),
    ).toBeInTheDocument();
  });
});
