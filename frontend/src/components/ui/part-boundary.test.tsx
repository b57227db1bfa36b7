import { render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PartBoundary } from './part-boundary';

describe('PartBoundary', () => {
  it("shows its note where a part's code could not be fetched, and keeps the rest of the page", async () => {
    // React reports the caught error on the console; the test is about what is drawn.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Composer = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    render(
      <article>
        <button type="button">Følg tråden</button>
        <PartBoundary failed={<p>Skrivefeltet kom ikke før du mistet nettet.</p>}>
          <Suspense fallback={<p>Laster …</p>}>
            <Composer />
          </Suspense>
        </PartBoundary>
      </article>,
    );
    expect(await screen.findByText('Skrivefeltet kom ikke før du mistet nettet.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Følg tråden' })).toBeVisible();
  });

  it('draws the part when its code comes', async () => {
    const Composer = lazy(() => Promise.resolve({ default: () => <p>Skriv et svar</p> }));
    render(
      <PartBoundary failed={<p>Ikke lastet</p>}>
        <Suspense fallback={null}>
          <Composer />
        </Suspense>
      </PartBoundary>,
    );
    expect(await screen.findByText('Skriv et svar')).toBeVisible();
    expect(screen.queryByText('Ikke lastet')).toBeNull();
  });
});
