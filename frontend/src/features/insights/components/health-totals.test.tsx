import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import type { HealthPeriod, HealthView } from '../api/types';
import { HealthTotals } from './health-totals';

const period: HealthPeriod = {
  start: '2026-01-05',
  activeMembers: null,
  newMembers: 2,
  questions: 4,
  answeredWithin24h: 1,
  answeredWithin48h: 3,
  medianHoursToFirstAnswer: 16.5,
  medianHoursToAcceptedAnswer: null,
  stories: 0,
  trainingResources: 0,
  mentorshipRequests: 0,
  matches: 1,
  mentorshipsEnded: 1,
  feedbackResponses: 2,
  feedback: null,
};

function view(totals: HealthPeriod): HealthView {
  return {
    by: 'WEEK',
    from: '2026-01-05',
    to: '2026-01-11',
    region: null,
    workplaceType: null,
    system: null,
    updatedAt: null,
    feedbackMinResponses: 5,
    periods: [totals],
    totals,
  };
}

describe('HealthTotals', () => {
  beforeAll(async () => {
    await initTestI18n('nb');
  });

  it('shows the shares answered and the median in the reader’s words', () => {
    render(<HealthTotals view={view(period)} />);
    expect(screen.getByText('Andel besvart innen 24 t').nextSibling).toHaveTextContent('25 %');
    expect(screen.getByText('Andel besvart innen 48 t').nextSibling).toHaveTextContent('75 %');
    expect(screen.getByText('Til første svar').nextSibling).toHaveTextContent('16,5 t');
  });

  it('keeps feedback hidden below the minimum number of answers', () => {
    render(<HealthTotals view={view(period)} />);
    expect(
      screen.getByText(/2 tilbakemeldinger – de vises først når det er minst 5/),
    ).toBeInTheDocument();
  });

  it('shows feedback in aggregate once there are enough answers', () => {
    render(
      <HealthTotals
        view={view({
          ...period,
          feedbackResponses: 6,
          feedback: { helpedShare: 0.5, averageRating: 3.5 },
        })}
      />,
    );
    expect(
      screen.getByText(/6 tilbakemeldinger .* 50 % sa det hjalp, snitt 3,5 av 5/),
    ).toBeInTheDocument();
  });
});
