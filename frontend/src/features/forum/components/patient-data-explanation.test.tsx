import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { PatientDataExplanation, position } from './patient-data-explanation';

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
});
