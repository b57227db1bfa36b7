import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, stubApi } from '@/testing/render';
import { initTestI18n } from '@/testing/test-i18n';
import { TagMenu } from './tag-menu';

function wrap(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter>{children}</MemoryRouter>
    </QueryClientProvider>
  );
}

/** The browser's toggle event of a popover (jsdom has no popovers: the test sends it). */
function toggle(element: Element, newState: 'open' | 'closed') {
  const event = Object.assign(new Event('toggle'), {
    newState,
    oldState: newState === 'open' ? 'closed' : 'open',
  });
  act(() => {
    element.dispatchEvent(event);
  });
}

describe('TagMenu', () => {
  beforeEach(() => initTestI18n('nb'));

  it("is the browser's popover after its chip, without Designsystemet's web components", () => {
    render(wrap(<TagMenu name="dips" />));
    const chip = screen.getByRole('button', { name: '#dips, vis valg' });
    const menuId = chip.getAttribute('popovertarget');
    expect(menuId).toBeTruthy();
    const menu = document.getElementById(menuId!);
    expect(menu).toHaveAttribute('popover', 'auto');
    expect(menu).toHaveClass('ds-dropdown');
    // The menu follows its chip in the document (Tab from the chip reaches its items).
    expect(chip.compareDocumentPosition(menu!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Vis tråder med #dips', hidden: true }),
    ).toHaveAttribute('href', '/forum?tag=dips');
    // Closed, the tag is not looked up.
    expect(screen.queryByRole('status', { hidden: true })).toBeNull();
  });

  it('looks the tag up when it opens and follows it from the menu', async () => {
    let following = false;
    const fetch = stubApi({
      'GET /tags': () => answer(200, [{ id: 5, name: 'dips', topicCount: 3 }]),
      'GET /tags/following': () =>
        answer(200, following ? [{ id: 5, name: 'dips', topicCount: 3 }] : []),
      'PUT /tags/5/following': () => {
        following = true;
        return new Response(null, { status: 204 });
      },
    });
    render(wrap(<TagMenu name="dips" />));
    const chip = screen.getByRole('button', { name: '#dips, vis valg' });
    toggle(document.getElementById(chip.getAttribute('popovertarget')!)!, 'open');

    const state = await screen.findByRole('status', { hidden: true });
    await waitFor(() => expect(state).toHaveTextContent('Du følger ikke #dips.'));
    fireEvent.click(screen.getByRole('button', { name: 'Følg #dips', hidden: true }));
    await waitFor(() =>
      expect(fetch).toHaveBeenCalledWith(
        expect.stringContaining('/tags/5/following'),
        expect.objectContaining({ method: 'PUT' }),
      ),
    );
    await waitFor(() =>
      expect(state).toHaveTextContent('Du følger #dips: du får beskjed om nye tråder med det.'),
    );
    expect(screen.getByRole('button', { name: 'Slutt å følge #dips', hidden: true })).toBeTruthy();
  });

  it('says in the menu when following the tag was refused, and the state stays', async () => {
    stubApi({
      'GET /tags': () => answer(200, [{ id: 5, name: 'dips', topicCount: 3 }]),
      'GET /tags/following': () => answer(200, []),
      'PUT /tags/5/following': () => answer(500, { status: 500, code: 'internal' }),
    });
    render(wrap(<TagMenu name="dips" />));
    const chip = screen.getByRole('button', { name: '#dips, vis valg' });
    toggle(document.getElementById(chip.getAttribute('popovertarget')!)!, 'open');
    fireEvent.click(await screen.findByRole('button', { name: 'Følg #dips', hidden: true }));
    expect(await screen.findByRole('alert', { hidden: true })).toHaveTextContent(
      'Endringen ble ikke lagret. Prøv igjen om litt.',
    );
    expect(screen.getByRole('status', { hidden: true })).toHaveTextContent('Du følger ikke #dips.');
  });
});
