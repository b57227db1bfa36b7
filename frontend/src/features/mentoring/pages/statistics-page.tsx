import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/components/ui/require-role';
import { formatNumber } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useStatistics } from '../api/coordination';
import type { MentoringStatistics } from '../api/types';
import { MentoringNav } from '../components/mentoring-nav';
import '../mentoring.css';
import { intlLocale } from '@/lib/format';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';

export function StatisticsPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Statistics />
    </RequireRole>
  );
}

function Statistics() {
  const { t } = useTranslation('mentoring');
  useDocumentTitle(t('statistics.title'));
  const stats = useStatistics();
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('statistics.title')}
      </Heading>
      <MentoringNav />
      {stats.isPending ? (
        <ListSkeleton />
      ) : stats.isError ? (
        <LoadError ns="mentoring" error={stats.error} retry={() => void stats.refetch()} />
      ) : (
        <Figures stats={stats.data} />
      )}
    </div>
  );
}

function Figures({ stats }: { stats: MentoringStatistics }) {
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
  const requests: [string, number][] = [
    [t('statistics.sent'), r.sent],
    [t('statistics.accepted'), r.accepted],
    [t('statistics.declined'), r.declined],
    [t('statistics.expired'), r.expired],
    [t('statistics.withdrawn'), r.withdrawn],
  ];
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
      <section className="hb-stack" aria-labelledby="hb-requests-90">
        <Heading level={2} data-size="sm" id="hb-requests-90">
          {t('statistics.requestsTitle')}
        </Heading>
        <dl className="hb-facts">
          {requests.map(([label, value]) => (
            <div key={label} className="hb-facts__row">
              <dt>{label}</dt>
              <dd>{n(value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="hb-stack" aria-labelledby="hb-question-stats">
        <Heading level={2} data-size="sm" id="hb-question-stats">
          {t('statistics.questionsTitle')}
        </Heading>
        <Paragraph data-size="sm">{t('statistics.questionsLead')}</Paragraph>
        <dl className="hb-facts">
          <div className="hb-facts__row">
            <dt>{t('statistics.questionsAsked')}</dt>
            <dd>{n(stats.questions.asked)}</dd>
          </div>
          <div className="hb-facts__row">
            <dt>{t('statistics.within24')}</dt>
            <dd>
              {percent(stats.questions.shareWithin24h)} ({n(stats.questions.answeredWithin24h)})
            </dd>
          </div>
          <div className="hb-facts__row">
            <dt>{t('statistics.within48')}</dt>
            <dd>
              {percent(stats.questions.shareWithin48h)} ({n(stats.questions.answeredWithin48h)})
            </dd>
          </div>
          <div className="hb-facts__row">
            <dt>{t('statistics.stillUnanswered')}</dt>
            <dd>{n(stats.questions.unanswered)}</dd>
          </div>
        </dl>
      </section>
      <section className="hb-stack" aria-labelledby="hb-feedback-stats">
        <Heading level={2} data-size="sm" id="hb-feedback-stats">
          {t('statistics.feedbackTitle')}
        </Heading>
        {stats.feedback ? (
          <dl className="hb-facts">
            <div className="hb-facts__row">
              <dt>{t('statistics.responses')}</dt>
              <dd>{n(stats.feedback.responses)}</dd>
            </div>
            <div className="hb-facts__row">
              <dt>{t('statistics.helpedShare')}</dt>
              <dd>{percent(stats.feedback.helpedShare)}</dd>
            </div>
            <div className="hb-facts__row">
              <dt>{t('statistics.averageRating')}</dt>
              <dd>{formatNumber(stats.feedback.averageRating, language)}</dd>
            </div>
            <div className="hb-facts__row">
              <dt>1–5</dt>
              <dd>
                {stats.feedback.ratingCounts
                  .map((c, i) => t('statistics.ratingCount', { rating: i + 1, count: n(c) }))
                  .join(' · ')}
              </dd>
            </div>
          </dl>
        ) : (
          <Paragraph>
            {t('statistics.feedbackHidden', {
              count: stats.feedbackResponses,
              min: stats.feedbackMinResponses,
            })}
          </Paragraph>
        )}
      </section>
    </>
  );
}
