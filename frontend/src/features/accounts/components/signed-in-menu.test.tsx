import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider, type Role } from '@/lib/session';
import { initTestI18n } from '@/testing/test-i18n';
import { testSession } from '@/testing/session';
import { SignedInMenu } from './signed-in-menu';

async function renderMenu(roles: Role[]) {
  const session = testSession('token', { id: 7, displayName: 'Kari Nordmann', roles });
  const router = createMemoryRouter([
    { path: '/', element: <SignedInMenu member={session.member} /> },
    { path: '*', element: <p>andre side</p> },
  ]);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SessionProvider restore={async () => session}>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>,
  );
  await act(async () => {});
  return router;
}

/** The menu's items: links and buttons inside the popover (hidden while it is closed). */
function items() {
  const button = screen.getByRole('button', { name: 'Kontomeny for Kari Nordmann' });
  const menu = document.getElementById(button.getAttribute('popovertarget')!)!;
  return {
    button,
    menu,
    labels: [...menu.querySelectorAll('a, button')].map((e) => e.textContent),
  };
}

describe('SignedInMenu', () => {
  // jsdom has no popovers: the menu's closing is seen through hidePopover.
  const hidePopover = vi.fn();
  beforeEach(async () => {
    await initTestI18n('nb');
    hidePopover.mockClear();
    Object.defineProperty(HTMLElement.prototype, 'hidePopover', {
      value: hidePopover,
      configurable: true,
    });
  });
  afterEach(() => {
    delete (HTMLElement.prototype as Partial<HTMLElement>).hidePopover;
  });

  it("is the browser's popover after the avatar button, without Designsystemet's web components", async () => {
    await renderMenu(['ADVISOR']);
    const { button, menu, labels } = items();
    expect(menu).toHaveAttribute('popover', 'auto');
    expect(menu).toHaveClass('ds-dropdown');
    expect(button.compareDocumentPosition(menu) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(labels).toEqual(['Min profil', 'Innstillinger', 'Logg ut']);
    expect(screen.getByRole('link', { name: 'Min profil', hidden: true })).toHaveAttribute(
      'href',
      '/members/7',
    );
  });

  it('offers a coordinator the approvals and member accounts, not a profile', async () => {
    await renderMenu(['COORDINATOR']);
    expect(items().labels).toEqual([
      'Godkjenn medlemmer',
      'Medlemskontoer',
      'Innstillinger',
      'Logg ut',
    ]);
  });

  it('closes when an item is chosen (the header stays while the page changes)', async () => {
    const router = await renderMenu(['ADVISOR']);
    fireEvent.click(screen.getByRole('link', { name: 'Innstillinger', hidden: true }));
    await act(async () => {});
    expect(router.state.location.pathname).toBe('/settings');
    expect(hidePopover).toHaveBeenCalledTimes(1);
  });
});
