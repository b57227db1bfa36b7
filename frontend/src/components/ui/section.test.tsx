import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import '@/testing/render';
import { fakeQuery as query } from './fake-query';
import type { QueryLike } from './query-state';
import { HeadedSection, QuerySection } from './section';

const section = (q: QueryLike<string[]>, isEmpty?: (l: string[]) => boolean) =>
  render(
    <QuerySection
      id="hb-things"
      title="Things"
      size="sm"
      lead={<p>Lead text</p>}
      query={q}
      ns="mentoring"
      empty="Nothing yet."
      isEmpty={isEmpty}
      render={(items) => (
        <ul aria-label="things">
          {items.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
    >
      <button type="button">Add one</button>
    </QuerySection>,
  );

describe('HeadedSection', () => {
  it('is a region named by its h2, with extra classes after hb-stack', () => {
    render(
      <HeadedSection id="hb-end" title="End it" className="hb-danger-zone">
        <p>Body</p>
      </HeadedSection>,
    );
    const region = screen.getByRole('region', { name: 'End it' });
    expect(region).toHaveClass('hb-stack', 'hb-danger-zone');
    expect(within(region).getByRole('heading', { level: 2, name: 'End it' })).toHaveAttribute(
      'id',
      'hb-end',
    );
    expect(within(region).getByText('Body')).toBeInTheDocument();
  });
});

describe('QuerySection', () => {
  beforeEach(() => initTestI18n('nb'));

  it('draws the loaded data between the lead and the children', () => {
    section(query({ data: ['a', 'b'] }));
    const region = screen.getByRole('region', { name: 'Things' });
    const texts = Array.from(region.querySelectorAll('h2, p, li, button')).map(
      (e) => e.textContent,
    );
    expect(texts).toEqual(['Things', 'Lead text', 'a', 'b', 'Add one']);
  });

  it('says the empty sentence for an empty array, and keeps the children', () => {
    section(query({ data: [] }));
    expect(screen.getByText('Nothing yet.').tagName).toBe('P');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add one' })).toBeInTheDocument();
  });

  it('asks isEmpty when given one', () => {
    section(query({ data: ['only'] }), (l) => l.length < 2);
    expect(screen.getByText('Nothing yet.')).toBeInTheDocument();
  });

  it('announces loading, and offers a retry when the load failed', () => {
    const { unmount } = section(query({ isPending: true }));
    expect(screen.getByRole('status')).toBeInTheDocument();
    unmount();
    const failed = query<string[]>({ isError: true, error: new Error('x') });
    section(failed);
    screen.getByRole('button', { name: /prøv igjen/i }).click();
    expect(failed.refetch).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Add one' })).toBeInTheDocument();
  });
});
