import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useDismiss } from '../api/insights';
import type { RadarEntry, Term } from '../api/types';
import { RadarActions } from './radar-actions';

/** One member on the radar: why, what was done, and what to do now. */
export function RadarEntryCard({ entry, terms }: { entry: RadarEntry; terms: Map<number, Term> }) {
  const { t } = useTranslation('insights');
  const { language } = useLanguage();
  const dismiss = useDismiss(entry.memberId);
  const termNames = (ids: number[]) =>
    ids
      .map((id) => terms.get(id))
      .filter((x): x is Term => !!x)
      .map((x) => (language === 'en' ? x.nameEn : x.nameNb))
      .join(', ');
  return (
    <Card data-color="neutral" className="hb-stack">
      <Heading level={2} data-size="xs">
        <Link to={`/members/${entry.memberId}`}>{entry.displayName}</Link>
      </Heading>
      <ul className="hb-radar-reasons">
        {entry.reasons.map((r) => (
          <li key={r.reason}>
            {t(`radar.reasons.${r.reason}`, {
              count: r.count,
              terms: termNames(r.termIds),
              since: r.since ? formatDate(r.since, language) : '',
            })}{' '}
            {r.topicIds.map((id, i) => (
              <Link key={id} to={`/forum/t/${id}`}>
                {t('radar.question', { n: i + 1 })}{' '}
              </Link>
            ))}
            <Button
              variant="tertiary"
              data-size="sm"
              disabled={dismiss.isPending}
              onClick={() => dismiss.mutate(r.reason)}
            >
              {t('radar.dismiss')}
            </Button>
          </li>
        ))}
      </ul>
      {entry.actions.length > 0 ? (
        <Paragraph data-size="sm">
          {entry.actions
            .map((a) =>
              t('radar.done', {
                action: t(`radar.actions.${a.action}`),
                at: formatDate(a.takenAt, language),
                by: a.takenBy ?? '',
              }),
            )
            .join(' · ')}
        </Paragraph>
      ) : null}
      <RadarActions memberId={entry.memberId} name={entry.displayName} />
    </Card>
  );
}
