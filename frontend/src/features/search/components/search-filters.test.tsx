import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useSearchParams } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { chosenCount, filtersOf, SearchFilters } from './search-filters';

function Filters() {
  const [params, setParams] = useSearchParams();
  return (
    <>
      <output aria-label="url">{params.toString()}</output>
      <SearchFilters
        params={params}
        setParams={setParams}
        facets={{
          kind: [
            { value: 'QUESTION', count: 1, labelNb: null, labelEn: null },
            { value: 'DISCUSSION', count: 1, labelNb: null, labelEn: null },
          ],
        }}
      />
    </>
  );
}

describe('SearchFilters', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('keeps a kind checked from the click on, also while the new URL is on its way', async () => {
    // The route's data is reloaded for a new URL: the first load answers at once, the next waits,
    // so the URL changes only when the test lets it.
    let release: () => void = () => {};
    let loads = 0;
    const router = createMemoryRouter(
      [
        {
          path: '/search',
          loader: () =>
            loads++ === 0 ? null : new Promise<null>((resolve) => (release = () => resolve(null))),
          element: <Filters />,
          HydrateFallback: () => null,
        },
      ],
      { initialEntries: ['/search?q=journal'] },
    );
    render(<RouterProvider router={router} />);
    await act(async () => {});
    const question = await screen.findByRole('checkbox', { name: /^Spørsmål/ });
    expect(question).not.toBeChecked();

    await userEvent.click(question);
    expect(question).toBeChecked();
    expect(screen.getByLabelText('url')).toHaveTextContent('q=journal');

    await act(async () => release());
    expect(screen.getByLabelText('url')).toHaveTextContent('q=journal&kind=QUESTION');
    expect(screen.getByRole('checkbox', { name: /^Spørsmål/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Diskusjon/ })).not.toBeChecked();

    await userEvent.click(screen.getByRole('checkbox', { name: /^Spørsmål/ }));
    expect(screen.getByRole('checkbox', { name: /^Spørsmål/ })).not.toBeChecked();
    await act(async () => release());
    expect(screen.getByLabelText('url')).toHaveTextContent(/^q=journal$/);
  });

  it('marks the counts as estimates when the server counted a sample', async () => {
    const router = createMemoryRouter(
      [
        {
          path: '/search',
          element: (
            <SearchFilters
              params={new URLSearchParams('q=journal')}
              setParams={() => {}}
              estimated
              facets={{ kind: [{ value: 'QUESTION', count: 1200, labelNb: null, labelEn: null }] }}
            />
          ),
        },
      ],
      { initialEntries: ['/search?q=journal'] },
    );
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('checkbox', { name: 'Spørsmål (ca. 1200)' })).toBeVisible();
    expect(screen.getByText(/Tallene ved filtrene er anslag/)).toBeVisible();
  });

  it('counts each chosen value, the solved choice and each date, not the sort', () => {
    expect(chosenCount(filtersOf(new URLSearchParams('q=a&sort=date')))).toBe(0);
    expect(
      chosenCount(
        filtersOf(
          new URLSearchParams('q=a&kind=QUESTION&kind=STORY&tag=7&solved=false&from=2026-01-01'),
        ),
      ),
    ).toBe(5);
  });

  describe('on a phone', () => {
    beforeEach(() => {
      const list = { matches: false, addEventListener: () => {}, removeEventListener: () => {} };
      vi.stubGlobal('matchMedia', (query: string) => ({ ...list, media: query }));
    });

    function renderAt(url: string) {
      const router = createMemoryRouter([{ path: '/search', element: <Filters /> }], {
        initialEntries: [url],
      });
      render(<RouterProvider router={router} />);
      return screen.getByRole('heading', { level: 2 }).closest('details')!;
    }

    it('folds the filters under their heading, to be opened', async () => {
      const fold = renderAt('/search?q=journal');
      expect(fold).not.toHaveAttribute('open');
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Avgrens søket$/);
      await userEvent.click(screen.getByText('Avgrens søket'));
      expect(fold).toHaveAttribute('open');
    });

    it('starts open, saying how many are chosen, when the link has filters', () => {
      const fold = renderAt('/search?q=journal&kind=QUESTION&solved=true');
      expect(fold).toHaveAttribute('open');
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
        'Avgrens søket (2 valgt)',
      );
      expect(screen.getByRole('checkbox', { name: /^Spørsmål/ })).toBeChecked();
    });
  });
});
