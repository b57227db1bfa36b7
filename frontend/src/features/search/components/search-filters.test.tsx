import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useSearchParams } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { SearchFilters } from './search-filters';

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
});
