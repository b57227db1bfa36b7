import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { initTestI18n } from '@/testing/test-i18n';
import '@/testing/render';
import { EntryForm, MentorshipEntry } from './entry';

describe('MentorshipEntry', () => {
  it('is a list item with its meta line and its text kept as written', () => {
    render(
      <ul>
        <MentorshipEntry
          className="hb-message hb-message--mine"
          meta={<strong>Du</strong>}
          text={'First line\nsecond line'}
        />
      </ul>,
    );
    const item = screen.getByRole('listitem');
    expect(item).toHaveClass('hb-message', 'hb-message--mine');
    const paragraphs = item.querySelectorAll('p');
    expect(paragraphs).toHaveLength(2);
    const meta = paragraphs[0];
    const text = paragraphs[1];
    expect(meta).toHaveClass('hb-message__meta');
    expect(meta).toHaveTextContent('Du');
    expect(text).toHaveClass('hb-prewrap');
    expect(text?.textContent).toBe('First line\nsecond line');
  });
});

describe('EntryForm', () => {
  beforeEach(() => initTestI18n('nb'));

  const form = (over: Partial<Parameters<typeof EntryForm>[0]> = {}) => {
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <EntryForm
        onSubmit={onSubmit}
        notice={{ error: null, field: 'note', text: 'Pasienten i seng 4' }}
        pending={false}
        submitLabel="Legg til"
        variant="secondary"
        {...over}
      >
        <label>
          Note <input name="note" />
        </label>
      </EntryForm>,
    );
    return onSubmit;
  };

  it('submits with its button, the fields first', async () => {
    const onSubmit = form();
    const button = screen.getByRole('button', { name: 'Legg til' });
    expect(button).toHaveAttribute('data-variant', 'secondary');
    expect(screen.getByLabelText('Note').compareDocumentPosition(button)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    await userEvent.click(button);
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('cannot be sent again while the last one is pending', () => {
    form({ pending: true });
    expect(screen.getByRole('button', { name: 'Legg til' })).toBeDisabled();
  });

  it('explains a patient-data refusal of its own field only', () => {
    const refusal = (field: string) =>
      new ApiError(422, {
        status: 422,
        code: 'patient-data',
        field,
        matches: [{ start: 8, end: 19 }],
        errors: [{ field, code: 'patient-data' }],
      });
    form({ notice: { error: refusal('body'), field: 'note', text: 'Pasient 01010012356' } });
    expect(screen.queryByText('Linje 1, tegn 9:')).toBeNull();
    cleanup();
    form({ notice: { error: refusal('note'), field: 'note', text: 'Pasient 01010012356' } });
    expect(screen.getByText('Linje 1, tegn 9:')).toBeInTheDocument();
  });
});
