import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { ApiError } from '@/lib/api-client';
import { position } from '@/lib/forms/patient-data';
import { PatientDataExplanation, PatientDataNotice } from './patient-data-explanation';

describe('PatientDataExplanation', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('finds the line and column of a character offset', () => {
    expect(position('ab\ncd 0101', 6)).toEqual({ line: 2, column: 4 });
  });

  it('says why and points at the number in the text', async () => {
    const text = 'Første linje\nPasient 01010012356 fikk feil dose';
    const onShow = vi.fn();
    render(
      <PatientDataExplanation text={text} matches={[{ start: 21, end: 32 }]} onShow={onShow} />,
    );

    expect(screen.getByText(/Pasientopplysninger skal aldri deles/)).toBeInTheDocument();
    expect(screen.getByText('Linje 2, tegn 9:')).toBeInTheDocument();
    expect(screen.getByText('01010012356').tagName).toBe('MARK');
    await userEvent.click(screen.getByRole('button', { name: 'Marker tallet' }));
    expect(onShow).toHaveBeenCalledWith({ start: 21, end: 32 });
  });

  it('explains in English for English-speaking members', async () => {
    await initTestI18n('en');
    render(<PatientDataExplanation text="x 01010012356" matches={[{ start: 2, end: 13 }]} />);
    expect(screen.getByText(/Patient data must never be shared/)).toBeInTheDocument();
  });

  it('speaks of the text, and the feature can say why in its own words', () => {
    const { rerender } = render(
      <PatientDataExplanation text="x 01010012356" matches={[{ start: 2, end: 13 }]} />,
    );
    expect(screen.getByText(/Det er taushetsbelagt\.$/)).toBeInTheDocument();
    rerender(
      <PatientDataExplanation
        text="x 01010012356"
        matches={[{ start: 2, end: 13 }]}
        why="Innlegget blir lest av mange."
      />,
    );
    expect(screen.getByText('Innlegget blir lest av mange.')).toBeInTheDocument();
  });

  it('is shown under the field the server refused, and only there', () => {
    const refusal = new ApiError(422, {
      status: 422,
      code: 'patient-data',
      field: 'reason',
      matches: [{ start: 8, end: 19 }],
      errors: [{ field: 'reason', code: 'patient-data' }],
    });
    const { rerender } = render(
      <PatientDataNotice error={refusal} field="reason" text="Pasient 01010012356" />,
    );
    expect(screen.getByText('Linje 1, tegn 9:')).toBeInTheDocument();
    expect(screen.getByText('01010012356').tagName).toBe('MARK');

    rerender(<PatientDataNotice error={refusal} field="message" text="Pasient 01010012356" />);
    expect(screen.queryByText('Linje 1, tegn 9:')).toBeNull();
    const other = new ApiError(422, { status: 422, code: 'validation' });
    rerender(<PatientDataNotice error={other} field="reason" text="Pasient 01010012356" />);
    expect(screen.queryByText('Linje 1, tegn 9:')).toBeNull();
  });
});
