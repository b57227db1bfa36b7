import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import type { MentorView } from '../api/types';
import { answer, renderPage, stubApi } from '@/testing/render';
import { MentorPage } from './mentor-page';

const view: MentorView = {
  mentor: {
    id: 42,
    displayName: 'Mona Mentor',
    background: null,
    systems: [{ id: 1, kind: 'SYSTEM', code: 'dips', nameNb: 'DIPS Arena', nameEn: 'DIPS Arena' }],
    topics: [],
    workplaceTypes: [],
    regions: [],
    languages: [],
    availability: ['WEEKDAY_EVENING'],
    contactMode: 'VIDEO',
    capacity: 2,
    activeMentees: 0,
    freePlaces: 2,
    paused: false,
  },
  introduction: 'Jeg har innført DIPS Arena på tre sykehus.',
  self: false,
  openRequestId: null,
  mentorshipId: null,
  canRequest: true,
  cannotRequestBecause: null,
};

const show = () =>
  renderPage(<MentorPage />, { path: '/mentoring/mentors/:id', url: '/mentoring/mentors/42' });

describe('MentorPage', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('shows the mentor and asks for a message before sending a request', async () => {
    stubApi({ 'GET /mentors/42': () => answer(200, view) });
    show();

    expect(await screen.findByRole('heading', { level: 1, name: 'Mona Mentor' })).toBeVisible();
    expect(screen.getByText('Jeg har innført DIPS Arena på tre sykehus.')).toBeVisible();
    expect(screen.getByText('2 ledige plasser')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Send forespørsel' }));

    expect(await screen.findByText('Fyll ut feltet.')).toBeVisible();
  });

  it('puts the server’s patient-data refusal on the message field', async () => {
    stubApi({
      'GET /mentors/42': () => answer(200, view),
      'POST /mentor-requests': () =>
        answer(422, {
          status: 422,
          code: 'patient-data',
          field: 'message',
          matches: [{ start: 8, end: 19 }],
          errors: [{ field: 'message', message: 'contains a national identity number' }],
        }),
    });
    show();

    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Melding til Mona Mentor' }),
      'Gjelder 01010710029',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send forespørsel' }));

    const field = screen.getByRole('textbox', { name: 'Melding til Mona Mentor' });
    expect(await screen.findAllByText(/fødselsnummer eller D-nummer/)).not.toHaveLength(0);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    // The shared explanation, under the field: where the number is.
    expect(screen.getByText('Linje 1, tegn 9:')).toBeVisible();
    expect(screen.getByText('01010710029').tagName).toBe('MARK');
  });

  it('explains why no request can be sent when one is already waiting', async () => {
    stubApi({
      'GET /mentors/42': () =>
        answer(200, {
          ...view,
          canRequest: false,
          cannotRequestBecause: 'request-open',
          openRequestId: 5,
        }),
    });
    show();

    expect(
      await screen.findByText('Du har sendt en forespørsel til Mona Mentor som venter på svar.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Send forespørsel' })).not.toBeInTheDocument();
  });

  it('tells a mentee who has all the mentors they asked for where to ask for more', async () => {
    stubApi({
      'GET /mentors/42': () =>
        answer(200, { ...view, canRequest: false, cannotRequestBecause: 'mentee-has-mentor' }),
    });
    show();

    expect(
      await screen.findByText('Du har allerede så mange mentorer som du har bedt om.'),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Ønsker du flere mentorer samtidig? Endre det her' }),
    ).toHaveAttribute('href', '/mentoring/needs');
    expect(screen.queryByRole('button', { name: 'Send forespørsel' })).not.toBeInTheDocument();
  });

  it('says the mentor was not found on a 404', async () => {
    stubApi({});
    show();

    expect(await screen.findByText(/Fant det ikke/)).toBeVisible();
  });
});
