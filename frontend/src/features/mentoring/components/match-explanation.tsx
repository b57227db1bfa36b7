import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { FactorView, MentorSummary } from '../api/types';
import { useListFormat, useShiftNames, useTermName } from './use-term-name';

interface Props {
  reasons: FactorView[];
  shortfalls: FactorView[];
  mentor: MentorSummary;
  headingLevel: 4 | 5;
}

/** Why a mentor is suggested (what matched) and what did not match, in plain words. */
export function MatchExplanation({ reasons, shortfalls, mentor, headingLevel }: Props) {
  const { t } = useTranslation('mentoring');
  const name = useTermName();
  const list = useListFormat();
  const shiftNames = useShiftNames();

  const sentence = (f: FactorView, kind: 'reason' | 'shortfall') => {
    if (f.factor === 'LOAD') {
      return t(`${kind}.LOAD`, {
        free: mentor.freePlaces,
        active: mentor.activeMentees,
        capacity: mentor.capacity,
      });
    }
    const items =
      f.factor === 'AVAILABILITY'
        ? shiftNames(kind === 'reason' ? f.matchedShifts : f.missingShifts).map((s) =>
            s.toLowerCase(),
          )
        : (kind === 'reason' ? f.matched : f.missing).map(name);
    if (f.factor === 'BACKGROUND' && kind === 'shortfall' && mentor.background) {
      return t('shortfall.BACKGROUND', { items: name(mentor.background) });
    }
    return t(`${kind}.${f.factor}`, { items: list(items) });
  };

  // LOAD is a reason only when the mentor has most places free; otherwise it says how busy.
  const why = reasons.filter((f) => f.factor !== 'LOAD' || f.share >= 0.5);
  const whyNot = shortfalls.filter(
    (f) =>
      (f.factor !== 'LOAD' || f.share < 0.5) && (f.factor !== 'BACKGROUND' || mentor.background),
  );
  return (
    <div className="hb-match">
      {why.length > 0 && (
        <div>
          <Heading level={headingLevel} data-size="2xs">
            {t('find.whyTitle')}
          </Heading>
          <ul className="hb-match__list hb-match__list--yes">
            {why.map((f) => (
              <li key={f.factor}>{sentence(f, 'reason')}</li>
            ))}
          </ul>
        </div>
      )}
      {whyNot.length > 0 && (
        <div>
          <Heading level={headingLevel} data-size="2xs">
            {t('find.whyNotTitle')}
          </Heading>
          <ul className="hb-match__list hb-match__list--no">
            {whyNot.map((f) => (
              <li key={f.factor}>{sentence(f, 'shortfall')}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
