import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { answer, renderPage, stubApi } from '@/testing/render';
import { NewTopicPage } from './new-topic-page';

const category = {
  id: 3,
  slug: 'patient-records',
  nameNb: 'Pasientjournal',
  nameEn: 'Patient records',
  descriptionNb: '',
  descriptionEn: '',
  sortOrder: 1,
  archived: false,
};

const vocabularies = { systems: [], workplaceTypes: [], audiences: [] };

const show = (kind = 'question') =>
  renderPage(<NewTopicPage />, { path: '/forum/new', url: `/forum/new?kind=${kind}` });

function stub(created: (init?: RequestInit) => Response) {
  return stubApi({
    'GET /categories': () => answer(200, [category]),
    'GET /topic-vocabularies': () => answer(200, vocabularies),
    'GET /drafts': () => answer(200, []),
    'PUT /drafts/new-question': () => answer(200, {}),
    'PUT /drafts/new-story': () => answer(200, {}),
    'POST /topics': created,
  });
}

describe('NewTopicPage', () => {
  beforeEach(async () => {
    localStorage.clear();
    await initTestI18n('nb');
  });

  it('shows the form’s own errors by field, and takes each away once it is put right', async () => {
    const fetch = stub(() => answer(201, { topicId: 7 }));
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Still spørsmålet' }));

    expect(await screen.findByText('Tittelen må ha minst 5 tegn.')).toBeVisible();
    expect(screen.getByText('Skriv litt tekst.')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Noen felt må rettes før du kan sende.');
    await waitFor(() => expect(screen.getByLabelText(/Spørsmålet ditt/)).toHaveFocus());

    await userEvent.type(screen.getByLabelText(/Spørsmålet ditt/), 'Hvordan bytter vi?');
    await waitFor(() => expect(screen.queryByText('Tittelen må ha minst 5 tegn.')).toBeNull());
    // Another field's error stays, and so does the line above the button.
    expect(screen.getByText('Skriv litt tekst.')).toBeVisible();
    expect(screen.getByRole('alert')).toBeVisible();
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('does not send a topic without a category when the category list has not come', async () => {
    const fetch = stubApi({
      'GET /categories': () => answer(503, { status: 503, title: 'Service Unavailable' }),
      'GET /topic-vocabularies': () => answer(200, vocabularies),
      'GET /drafts': () => answer(200, []),
      'PUT /drafts/new-question': () => answer(200, {}),
      'POST /topics': () => answer(201, { topicId: 7 }),
    });
    show();
    await userEvent.type(await screen.findByLabelText(/Spørsmålet ditt/), 'Hvordan bytter vi?');
    await userEvent.type(screen.getByLabelText(/Beskriv problemet/), 'Skanneren svarer ikke.');
    await userEvent.click(screen.getByRole('button', { name: 'Still spørsmålet' }));

    expect(await screen.findByText(/^Velg en kategori\./)).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Noen felt må rettes før du kan sende.');
    await waitFor(() => expect(screen.getByLabelText('Kategori')).toHaveFocus());
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('asks for a story’s two required sections', async () => {
    stub(() => answer(201, { topicId: 7 }));
    show('story');
    await userEvent.type(await screen.findByLabelText(/Tittel på historien/), 'Vi byttet system');
    await userEvent.click(screen.getByRole('button', { name: 'Del historien' }));

    expect(await screen.findAllByText('Fyll ut dette feltet.')).toHaveLength(2);
  });

  it('puts the server’s patient-data refusal on its field, with the explanation', async () => {
    stub(() =>
      answer(422, {
        status: 422,
        code: 'patient-data',
        field: 'body',
        matches: [{ start: 4, end: 15 }],
        errors: [{ field: 'body', message: 'x', code: 'patient-data' }],
      }),
    );
    show();
    await userEvent.type(await screen.findByLabelText(/Spørsmålet ditt/), 'Hvordan bytter vi?');
    await userEvent.type(screen.getByLabelText(/Beskriv problemet/), 'Nr. 01010112345 her');
    await userEvent.click(screen.getByRole('button', { name: 'Still spørsmålet' }));

    expect(
      await screen.findByText(
        'Innlegget ble ikke sendt fordi det ser ut til å inneholde et fødselsnummer. Se forklaringen ved feltet.',
      ),
    ).toBeVisible();
    expect(screen.getByText('Linje 1, tegn 5:')).toBeVisible();
    await waitFor(() => expect(screen.getByLabelText(/Beskriv problemet/)).toHaveFocus());
  });
});
