import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { initTestI18n } from '@/testing/test-i18n';
import { SessionProvider } from '@/lib/session';
import { AppShell } from './app-shell';

/** Renders the shell and lets the session restore (an empty one) finish, inside act(). */
async function renderShell(path = '/') {
  const router = createMemoryRouter(
    [
      {
        element: (
          <AppShell
            nav={[
              { to: '/about', labelKey: 'nav.about' },
              { to: '/moderation/queue', labelKey: 'nav.moderation', section: '/moderation/' },
            ]}
          />
        ),
        children: [
          { index: true, element: <h1>Start</h1> },
          { path: 'moderation/audit', element: <h1>Logg</h1> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <SessionProvider restore={async () => null}>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  await act(async () => {});
  return view;
}

describe('AppShell', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it("draws the same header bar as index.html's shell, which a slow phone shows before the code comes", async () => {
    const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8');
    const shell = new DOMParser().parseFromString(html, 'text/html');
    const shellLogo = shell.querySelector(
      '#root > .hb-app > .hb-header > .hb-header__bar > .hb-header__brand > .hb-logo',
    );
    expect(shellLogo).not.toBeNull();
    expect(shell.querySelector('#root > .hb-app > main.hb-main')).not.toBeNull();
    await renderShell();
    const logo = document.querySelector(
      '.hb-app > .hb-header > .hb-header__bar > .hb-header__brand > .hb-logo',
    );
    expect(logo).not.toBeNull();
    expect(shellLogo!.getAttribute('href')).toBe(logo!.getAttribute('href'));
    expect(shellLogo!.innerHTML).toBe(logo!.innerHTML);
  });

  it('has the landmarks and a skip link to the main content', async () => {
    await renderShell();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hopp til hovedinnhold' })).toHaveAttribute(
      'href',
      '#main',
    );
  });

  it('switches the interface to English, to nynorsk and back to bokmål', async () => {
    await renderShell();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'English');
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Language' }),
      'Norsk nynorsk',
    );
    expect(await screen.findByRole('navigation', { name: 'Hovudmeny' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nn');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'Norsk bokmål');
    expect(await screen.findByRole('navigation', { name: 'Hovedmeny' })).toBeInTheDocument();
  });

  it('puts the language in the logo row on a phone, among the actions on a wider screen', async () => {
    const picker = () => screen.getByRole('combobox', { name: 'Språk' });
    await renderShell();
    expect(picker().closest('.hb-header__actions')).not.toBeNull();
    cleanup();
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    try {
      await renderShell();
      expect(picker().closest('.hb-header__brand')).not.toBeNull();
      expect(picker().closest('.hb-header__actions')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('names every language in that language', async () => {
    await renderShell();
    const options = within(screen.getByRole('combobox', { name: 'Språk' })).getAllByRole('option');
    expect(options.map((o) => [o.textContent, o.getAttribute('lang')])).toEqual([
      ['Norsk bokmål', 'nb'],
      ['Norsk nynorsk', 'nn'],
      ['English', 'en'],
    ]);
  });

  it('lists the navigation entries as links', async () => {
    await renderShell();
    const nav = screen.getByRole('navigation', { name: 'Hovedmeny' });
    expect(within(nav).getByRole('link', { name: 'Om Helsebro' })).toHaveAttribute(
      'href',
      '/about',
    );
  });

  it('closes the phone menu with Escape and returns focus to its button', async () => {
    await renderShell();
    const button = screen.getByRole('button', { name: 'Meny' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await userEvent.tab();
    await userEvent.keyboard('{Escape}');
    const closed = screen.getByRole('button', { name: 'Meny' });
    expect(closed).toHaveAttribute('aria-expanded', 'false');
    expect(closed).toHaveFocus();
  });

  it('marks a section entry current on every page of its section', async () => {
    await renderShell('/moderation/audit');
    const nav = screen.getByRole('navigation', { name: 'Hovedmeny' });
    expect(within(nav).getByRole('link', { name: 'Moderering' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Om Helsebro' })).not.toHaveAttribute(
      'aria-current',
    );
  });
});
