import { Card, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, intlLocale } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import type { MentoringStatistics } from '../../api/types';
import { FactList, type Fact } from '@/components/ui/fact-list';
import { HeadedSection } from '@/components/ui/section';

/** A titled section of label–value rows. */
function FactsSection({
  id,
  title,
  lead,
  rows,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  rows?: Fact[];
  children?: ReactNode;
}) {
  return (
    <HeadedSection id={id} title={title} size="sm">
      {lead ? <Paragraph data-size="sm">{lead}</Paragraph> : null}
      {rows ? <FactList facts={rows} /> : children}
    </HeadedSection>
  );
}

/** The mentoring figures: tiles for now, requests of the last 90 days, questions and feedback. */
export function Figures({ stats }: { stats: MentoringStatistics }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const n = (v: number) => formatNumber(v, language);
  const percent = (v: number) =>
    new Intl.NumberFormat(intlLocale(language), { style: 'percent' }).format(v);
  const tiles: [string, number][] = [
    [t('statistics.mentors'), stats.mentors],
    [t('statistics.mentorsWithFreePlaces'), stats.mentorsWithFreePlaces],
    [t('statistics.pausedMentors'), stats.pausedMentors],
    [t('statistics.menteesWithNeeds'), stats.menteesWithNeeds],
    [t('statistics.activeMentorships'), stats.activeMentorships],
    [t('statistics.endedMentorships'), stats.endedMentorships],
    [t('statistics.openRequests'), stats.openRequests],
  ];
  const r = stats.requestsLast90Days;
  const q = stats.questions;
  const f = stats.feedback;
  return (
    <>
      <Paragraph>{t('statistics.lead', { min: stats.feedbackMinResponses })}</Paragraph>
      <dl className="hb-tiles">
        {tiles.map(([label, value]) => (
          <Card key={label} className="hb-tile" asChild>
            <div>
              <dt>{label}</dt>
              <dd>{n(value)}</dd>
            </div>
          </Card>
        ))}
      </dl>
      <FactsSection
        id="hb-requests-90"
        title={t('statistics.requestsTitle')}
        rows={[
          [t('statistics.sent'), n(r.sent)],
          [t('statistics.accepted'), n(r.accepted)],
          [t('statistics.declined'), n(r.declined)],
          [t('statistics.expired'), n(r.expired)],
          [t('statistics.withdrawn'), n(r.withdrawn)],
        ]}
      />
      <FactsSection
        id="hb-question-stats"
        title={t('statistics.questionsTitle')}
        lead={t('statistics.questionsLead')}
        rows={[
          [t('statistics.questionsAsked'), n(q.asked)],
          [t('statistics.within24'), `${percent(q.shareWithin24h)} (${n(q.answeredWithin24h)})`],
          [t('statistics.within48'), `${percent(q.shareWithin48h)} (${n(q.answeredWithin48h)})`],
          [t('statistics.stillUnanswered'), n(q.unanswered)],
        ]}
      />
      <FactsSection
        id="hb-feedback-stats"
        title={t('statistics.feedbackTitle')}
        rows={
          f
            ? [
                [t('statistics.responses'), n(f.responses)],
                [t('statistics.helpedShare'), percent(f.helpedShare)],
                [t('statistics.averageRating'), formatNumber(f.averageRating, language)],
                [
                  '1–5',
                  f.ratingCounts
                    .map((c, i) => t('statistics.ratingCount', { rating: i + 1, count: n(c) }))
                    .join(' · '),
                ],
              ]
            : undefined
        }
      >
        <Paragraph>
          {t('statistics.feedbackHidden', {
            count: stats.feedbackResponses,
            min: stats.feedbackMinResponses,
          })}
        </Paragraph>
      </FactsSection>
    </>
  );
}
