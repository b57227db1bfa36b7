import { useTranslation } from 'react-i18next';
import type { MentorSummary, Term } from '../api/types';
import { useListFormat, useShiftNames, useTermName } from './use-term-name';
import { FactList } from '@/components/ui/fact-list';

/** The facts about a mentor as a description list (used on cards and the mentor page). */
export function MentorFacts({ mentor, full = false }: { mentor: MentorSummary; full?: boolean }) {
  const { t } = useTranslation('mentoring');
  const name = useTermName();
  const list = useListFormat();
  const shiftNames = useShiftNames();
  const terms = (ts: Term[]) => (ts.length ? list(ts.map(name)) : t('common.notStated'));
  const rows: [string, string][] = [
    [t('card.background'), mentor.background ? name(mentor.background) : t('common.notStated')],
    [t('card.systems'), terms(mentor.systems)],
    [t('card.topics'), terms(mentor.topics)],
  ];
  if (full) {
    rows.push([t('card.workplaceTypes'), terms(mentor.workplaceTypes)]);
    rows.push([t('card.regions'), terms(mentor.regions)]);
  }
  rows.push([t('card.languages'), terms(mentor.languages)]);
  rows.push([
    t('card.availability'),
    mentor.availability.length ? list(shiftNames(mentor.availability)) : t('common.notStated'),
  ]);
  if (full) rows.push([t('card.contact'), t(`contact.${mentor.contactMode}`)]);
  return <FactList facts={rows} />;
}
