import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, renderPage, stubApi } from '@/testing/render';
import { initTestI18n } from '@/testing/test-i18n';
import { TermForm } from './term-form';

describe('TermForm', () => {
  beforeEach(() => initTestI18n('nb'));

  it('asks for both names and a code before it adds a term', async () => {
    const fetch = stubApi({});
    renderPage(<TermForm kind="SYSTEM" term={null} regions={[]} />, { roles: ['COORDINATOR'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Legg til' }));
    expect(await screen.findAllByText('Fyll ut feltet')).toHaveLength(3);
    expect(fetch).not.toHaveBeenCalledWith(
      expect.stringContaining('/taxonomies'),
      expect.anything(),
    );
  });

  it('explains a name the server refused for patient data, under that name', async () => {
    const name = 'Pasient 01017012345';
    stubApi({
      'POST /taxonomies': () =>
        answer(422, {
          status: 422,
          code: 'patient-data',
          field: 'nameNb',
          matches: [{ start: 8, end: 19 }],
          errors: [{ field: 'nameNb', code: 'patient-data' }],
        }),
    });
    renderPage(<TermForm kind="SYSTEM" term={null} regions={[]} />, { roles: ['COORDINATOR'] });
    await userEvent.type(await screen.findByLabelText('Navn (bokmål)'), name);
    await userEvent.type(screen.getByLabelText('Navn (engelsk)'), 'Patient');
    await userEvent.type(screen.getByLabelText('Kode', { exact: false }), 'patient');
    await userEvent.click(screen.getByRole('button', { name: 'Legg til' }));
    expect(
      await screen.findByText('Teksten ser ut til å inneholde et fødselsnummer.'),
    ).toBeVisible();
    expect(screen.getByText('01017012345', { selector: 'mark' })).toBeInTheDocument();
  });
});
