import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FiltersFold } from './filters-fold';

function screenIs(wide: boolean) {
  const list = { matches: wide, addEventListener: () => {}, removeEventListener: () => {} };
  vi.stubGlobal('matchMedia', (query: string) => ({ ...list, media: query }));
}

function Fold({
  chosen,
  titleWhenWide,
  drawnWhenOpened,
}: {
  chosen: number;
  titleWhenWide?: boolean;
  drawnWhenOpened?: boolean;
}) {
  return (
    <FiltersFold
      wide="(min-width: 36rem)"
      level={3}
      title="Filtrer"
      titleWhenWide={titleWhenWide}
      drawnWhenOpened={drawnWhenOpened}
      chosen={chosen}
      chosenText={(n) => `${n} valgt`}
    >
      <label>
        System <select />
      </label>
    </FiltersFold>
  );
}

describe('FiltersFold', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the filters unfolded where the screen is wide, with or without the title', () => {
    screenIs(true);
    const { unmount } = render(<Fold chosen={2} titleWhenWide />);
    expect(document.querySelector('details')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Filtrer$/);
    expect(screen.getByRole('combobox', { name: 'System' })).toBeVisible();
    unmount();
    // By default a row of filters, which needs no title where it is unfolded.
    render(<Fold chosen={2} />);
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('folds them on a narrow screen, closed until the member opens it', async () => {
    screenIs(false);
    render(<Fold chosen={0} titleWhenWide={false} />);
    const fold = document.querySelector('details')!;
    expect(fold.open).toBe(false);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Filtrer$/);
    await userEvent.click(screen.getByText('Filtrer'));
    expect(fold.open).toBe(true);
  });

  it('starts open and says how many are chosen when filters are chosen', () => {
    screenIs(false);
    render(<Fold chosen={2} />);
    expect(document.querySelector('details')!.open).toBe(true);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Filtrer (2 valgt)');
  });

  it('draws filters outside a form only while the fold is open, when asked to', async () => {
    screenIs(false);
    render(<Fold chosen={0} drawnWhenOpened />);
    const fold = document.querySelector('details')!;
    expect(fold.querySelector('select')).toBeNull();
    await userEvent.click(screen.getByText('Filtrer'));
    expect(await screen.findByRole('combobox', { name: 'System' })).toBeVisible();
    await userEvent.click(screen.getByText('Filtrer'));
    await waitFor(() => expect(fold.querySelector('select')).toBeNull());
  });

  it('draws them at once when filters are chosen, and always where the screen is wide', () => {
    screenIs(false);
    const { unmount } = render(<Fold chosen={1} drawnWhenOpened />);
    expect(screen.getByRole('combobox', { name: 'System' })).toBeVisible();
    unmount();
    screenIs(true);
    render(<Fold chosen={0} drawnWhenOpened />);
    expect(screen.getByRole('combobox', { name: 'System' })).toBeVisible();
  });

  it('keeps the filters of a form in a closed fold (their values are sent with it)', () => {
    screenIs(false);
    render(<Fold chosen={0} />);
    expect(document.querySelector('details select')).not.toBeNull();
  });
});
