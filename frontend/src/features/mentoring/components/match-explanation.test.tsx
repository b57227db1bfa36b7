import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import type { FactorView, MentorSummary, Term } from '../api/types';
import { MatchExplanation } from './match-explanation';

const term = (id: number, nameNb: string, nameEn = nameNb): Term => ({
  id,
  kind: 'SYSTEM',
  code: `t${id}`,
  nameNb,
  nameEn,
});
const dips = term(1, 'DIPS Arena');
const gerica = term(2, 'Gerica');
const norsk = term(3, 'Norsk', 'Norwegian');

const mentor: MentorSummary = {
  id: 9,
  displayName: 'Mona Mentor',
  background: term(4, 'Sykepleier', 'Nurse'),
  systems: [dips],
  topics: [],
  workplaceTypes: [],
  regions: [],
  languages: [norsk],
  availability: ['WEEKDAY_EVENING'],
  contactMode: 'MESSAGES',
  capacity: 3,
  activeMentees: 1,
  freePlaces: 2,
  paused: false,
};

const factor = (f: Partial<FactorView> & Pick<FactorView, 'factor'>): FactorView => ({
  weight: 1,
  share: 1,
  matched: [],
  missing: [],
  matchedShifts: [],
  missingShifts: [],
  ...f,
});

const reasons = [
  factor({ factor: 'SYSTEMS', share: 0.5, matched: [dips], missing: [gerica] }),
  factor({ factor: 'LANGUAGE', matched: [norsk] }),
  factor({ factor: 'AVAILABILITY', share: 0.5, matchedShifts: ['WEEKDAY_EVENING'] }),
  factor({ factor: 'LOAD', share: 2 / 3 }),
];
const shortfalls = [
  factor({ factor: 'SYSTEMS', share: 0.5, matched: [dips], missing: [gerica] }),
  factor({ factor: 'AVAILABILITY', share: 0.5, missingShifts: ['WEEKEND_NIGHT'] }),
];

describe('MatchExplanation', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('says in plain words what matched and what did not', () => {
    render(
      <MatchExplanation
        reasons={reasons}
        shortfalls={shortfalls}
        mentor={mentor}
        headingLevel={4}
      />,
    );

    const why = screen.getByRole('heading', { name: 'Hvorfor denne mentoren' }).parentElement!;
    expect(within(why).getByText('Kan DIPS Arena')).toBeInTheDocument();
    expect(within(why).getByText('Snakker norsk')).toBeInTheDocument();
    expect(within(why).getByText('Kan møtes hverdag kveld')).toBeInTheDocument();
    expect(within(why).getByText('Har 2 av 3 plasser ledig')).toBeInTheDocument();
    const whyNot = screen.getByRole('heading', { name: 'Dette passer ikke' }).parentElement!;
    expect(within(whyNot).getByText('Kan ikke Gerica')).toBeInTheDocument();
    expect(within(whyNot).getByText('Kan ikke helg natt')).toBeInTheDocument();
  });

  it('speaks English when the member does', async () => {
    await initTestI18n('en');
    render(<MatchExplanation reasons={reasons} shortfalls={[]} mentor={mentor} headingLevel={4} />);

    expect(screen.getByRole('heading', { name: 'Why this mentor' })).toBeInTheDocument();
    expect(screen.getByText('Speaks Norwegian')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'What does not fit' })).not.toBeInTheDocument();
  });
});
