import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { forumKeys } from '../../api/keys';
import { TagsField } from './tags-field';

function renderField(value: string, onChange = vi.fn()) {
  const client = new QueryClient();
  client.setQueryData(forumKeys.tags('jour'), [
    { id: 1, name: 'journal' },
    { id: 2, name: 'journalføring' },
  ]);
  render(
    <QueryClientProvider client={client}>
      <TagsField value={value} onChange={onChange} error={null} />
    </QueryClientProvider>,
  );
  return onChange;
}

describe('TagsField', () => {
  beforeEach(() => initTestI18n('nb'));

  it('offers known tags for the one being typed and completes it when picked', async () => {
    const onChange = renderField('dips, jour');
    await userEvent.click(screen.getByRole('button', { name: '#journal' }));
    expect(onChange).toHaveBeenCalledWith('dips, journal, ');
  });

  it('shows the error it is given on the field', () => {
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <TagsField value="" onChange={vi.fn()} error="For mange stikkord" />
      </QueryClientProvider>,
    );
    expect(screen.getByRole('textbox', { name: /Stikkord/ })).toHaveAccessibleDescription(
      /For mange stikkord/,
    );
  });
});
