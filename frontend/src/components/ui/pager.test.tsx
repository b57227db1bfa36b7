import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { Pager, pageCount } from './pager';

describe('Pager', () => {
  beforeEach(() => initTestI18n('nb'));

  it('is not shown for a single page', () => {
    const { container } = render(<Pager page={0} totalPages={1} onPage={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says where the member is and moves one page at a time', async () => {
    const onPage = vi.fn();
    render(<Pager page={1} totalPages={3} onPage={onPage} />);
    expect(screen.getByRole('navigation', { name: 'Sider' })).toHaveTextContent('Side 2 av 3');
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    await userEvent.click(screen.getByRole('button', { name: 'Forrige' }));
    expect(onPage.mock.calls).toEqual([[2], [0]]);
  });

  it('cannot go back from the first page', () => {
    render(<Pager page={0} totalPages={2} onPage={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Forrige' })).toBeDisabled();
  });
});

describe('pageCount', () => {
  it('counts a started page as a page, and an empty list as one page', () => {
    expect(pageCount(41, 20)).toBe(3);
    expect(pageCount(40, 20)).toBe(2);
    expect(pageCount(0, 20)).toBe(1);
  });
});
