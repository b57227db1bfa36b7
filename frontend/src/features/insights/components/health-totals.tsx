import { Card, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import type { HealthView } from '../api/types';
import { HeadedSection } from '@/components/ui/section';

/** The range's totals in words: shares answered, medians, and feedback only above the minimum. */
export function HealthTotals({ view }: { view: HealthView }) {
  const { t } = useTranslation('insights');
  const { language } = useLanguage();
  const s = view.totals;
  const share = (n: number) =>
    s.questions === 0 ? '–' : `${formatNumber(Math.round((100 * n) / s.questions), language)} %`;
  const hours = (h: number | null) =>
    h === null ? '–' : t('totals.hours', { hours: formatNumber(h, language) });
  const items: [string, string][] = [
    [t('figures.questions'), formatNumber(s.questions, language)],
    [t('totals.share24'), share(s.answeredWithin24h)],
    [t('totals.share48'), share(s.answeredWithin48h)],
    [t('figures.medianHoursToFirstAnswer'), hours(s.medianHoursToFirstAnswer)],
    [t('figures.medianHoursToAcceptedAnswer'), hours(s.medianHoursToAcceptedAnswer)],
    [t('figures.newMembers'), formatNumber(s.newMembers, language)],
    [t('figures.matches'), formatNumber(s.matches, language)],
  ];
  return (
    <HeadedSection id="hb-health-totals" title={t('totals.title')} size="xs">
      <dl className="hb-insight-totals">
        {items.map(([k, v]) => (
          <Card key={k} data-color="neutral" asChild>
            <div>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          </Card>
        ))}
      </dl>
      <Paragraph data-size="sm">
        {s.feedback
          ? t('totals.feedback', {
              count: s.feedbackResponses,
              helped: Math.round(s.feedback.helpedShare * 100),
              rating: formatNumber(s.feedback.averageRating, language),
            })
          : t('totals.feedbackHidden', {
              count: s.feedbackResponses,
              min: view.feedbackMinResponses,
            })}
      </Paragraph>
    </HeadedSection>
  );
}
