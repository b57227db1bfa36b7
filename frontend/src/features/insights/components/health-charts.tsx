import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import type { HealthPeriod, HealthView } from '../api/types';
import { FigureChart } from './figure-chart';

type Key = Exclude<keyof HealthPeriod, 'start' | 'feedback'>;

const CHARTS: {
  id: 'members' | 'questions' | 'answerTimes' | 'sharing' | 'mentoring';
  kind: 'line' | 'bar';
  keys: Key[];
}[] = [
  { id: 'members', kind: 'line', keys: ['activeMembers', 'newMembers'] },
  { id: 'questions', kind: 'bar', keys: ['questions', 'answeredWithin24h', 'answeredWithin48h'] },
  {
    id: 'answerTimes',
    kind: 'line',
    keys: ['medianHoursToFirstAnswer', 'medianHoursToAcceptedAnswer'],
  },
  { id: 'sharing', kind: 'bar', keys: ['stories', 'trainingResources'] },
  { id: 'mentoring', kind: 'bar', keys: ['mentorshipRequests', 'matches', 'mentorshipsEnded'] },
];

/** The dashboard's charts, each with a table and a CSV download of the same figures. */
export function HealthCharts({ view }: { view: HealthView }) {
  const { t } = useTranslation('insights');
  const { language } = useLanguage();
  const periodLabel = view.by === 'WEEK' ? t('filters.weekOf') : t('filters.month');
  const label = (start: string) =>
    view.by === 'WEEK'
      ? formatDate(start, language)
      : new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(start));
  return (
    <div className="hb-figures">
      {CHARTS.map((c) => (
        <FigureChart
          key={c.id}
          title={t(`charts.${c.id}`)}
          kind={c.kind}
          periodLabel={periodLabel}
          fileName={`${c.id}-${view.from}-${view.to}.csv`}
          series={c.keys.map((k) => ({ key: k, label: t(`figures.${k}`) }))}
          rows={view.periods.map((p) => ({
            label: label(p.start),
            values: Object.fromEntries(c.keys.map((k) => [k, p[k]])),
          }))}
        />
      ))}
    </div>
  );
}
