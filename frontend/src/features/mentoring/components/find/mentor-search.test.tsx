import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { MentorSearch } from './mentor-search';

describe('MentorSearch', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('searches for the trimmed text and clears with the button shown while there is text', async () => {
    const onSearch = vi.fn();
    render(<MentorSearch q={undefined} onSearch={onSearch} />);
    const field = screen.getByRole('searchbox', { name: 'Søk på navn' });
    expect(screen.queryByRole('button', { name: 'Tøm søket' })).toBeNull();

    await userEvent.type(field, '  Kari {Enter}');
    expect(onSearch).toHaveBeenLastCalledWith('Kari');

    await userEvent.click(screen.getByRole('button', { name: 'Tøm søket' }));
    expect(onSearch).toHaveBeenLastCalledWith(null);
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Tøm søket' })).toBeNull();
  });

  it('shows the clear button at once for a search from the address', () => {
    render(<MentorSearch q="Ola" onSearch={vi.fn()} />);
    expect(screen.getByRole('searchbox')).toHaveValue('Ola');
    expect(screen.getByRole('button', { name: 'Tøm søket' })).toBeVisible();
  });
});
