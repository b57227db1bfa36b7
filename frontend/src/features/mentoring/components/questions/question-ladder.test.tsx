import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import type { QuestionRouting } from '../../api/types';
import { QuestionLadder } from './question-sections';

const routing: QuestionRouting = {
  topicId: 7,
  title: 'Utskrift fra Gerica feiler om natta',
  askedAt: '2026-03-02T08:00:00Z',
  status: 'OPEN',
  answeredAt: null,
  steps: [
    {
      stage: 'PEERS',
      round: 1,
      dueAt: '2026-03-02T20:00:00Z',
      doneAt: '2026-03-02T20:03:00Z',
      offered: 4,
    },
    { stage: 'MENTORS', round: 1, dueAt: '2026-03-03T08:00:00Z', doneAt: null, offered: 0 },
    { stage: 'COORDINATORS', round: 1, dueAt: '2026-03-04T08:00:00Z', doneAt: null, offered: 0 },
  ],
};

describe('QuestionLadder', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('shows each rung with when it was taken, how many it reached, and what is planned', () => {
    render(
      <MemoryRouter>
        <QuestionLadder routing={routing} />
      </MemoryRouter>,
    );

    expect(screen.getByRole('link', { name: routing.title })).toHaveAttribute('href', '/forum/t/7');
    expect(screen.getByText('Venter på svar')).toBeInTheDocument();
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(steps).toHaveLength(4);
    expect(steps[1]).toHaveTextContent('Kolleger med samme system:');
    expect(steps[1]).toHaveTextContent('for 4 personer');
    expect(steps[1]).toHaveTextContent('21:03');
    expect(steps[2]).toHaveTextContent('Mentorer, runde 1: planlagt');
    expect(steps[3]).toHaveTextContent('Koordinatorer: planlagt');
  });

  it('says a rung was not needed once the question is answered', () => {
    render(
      <MemoryRouter>
        <QuestionLadder
          routing={{ ...routing, status: 'ANSWERED', answeredAt: '2026-03-02T22:00:00Z' }}
        />
      </MemoryRouter>,
    );

    expect(screen.getByText('Besvart')).toBeInTheDocument();
    expect(screen.getAllByText(/ikke nødvendig/)).toHaveLength(2);
    expect(screen.getByText(/Besvart 2\. mars 2026/)).toBeInTheDocument();
  });
});
