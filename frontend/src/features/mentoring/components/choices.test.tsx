import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import type { Shift, Term } from '../api/types';
import { ShiftCheckboxes } from './shift-checkboxes';
import { TermCheckboxes } from './term-checkboxes';

const terms: Term[] = [
  { id: 1, kind: 'SYSTEM', code: 'dips', nameNb: 'DIPS Arena', nameEn: 'DIPS Arena' },
  { id: 2, kind: 'SYSTEM', code: 'gerica', nameNb: 'Gerica', nameEn: 'Gerica' },
];

function Terms() {
  const [value, setValue] = useState<number[]>([2]);
  return (
    <>
      <TermCheckboxes legend="Systemer" terms={terms} value={value} onChange={setValue} />
      <output>{value.join(',')}</output>
    </>
  );
}

function Shifts() {
  const [value, setValue] = useState<Shift[]>([]);
  return (
    <>
      <ShiftCheckboxes legend="Når kan du møtes?" value={value} onChange={setValue} />
      <output>{value.join(',')}</output>
    </>
  );
}

describe('choice groups', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('toggles taxonomy terms by their labels inside a named group', async () => {
    render(<Terms />);

    expect(screen.getByRole('group', { name: 'Systemer' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Gerica' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'DIPS Arena' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gerica' }));

    expect(screen.getByRole('status')).toHaveTextContent('1');
  });

  it('offers weekday and weekend by day, evening and night', async () => {
    render(<Shifts />);

    expect(screen.getAllByRole('checkbox')).toHaveLength(6);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Helg natt' }));

    expect(screen.getByRole('status')).toHaveTextContent('WEEKEND_NIGHT');
  });
});
