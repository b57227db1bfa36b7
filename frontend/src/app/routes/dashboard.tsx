import '@/features/forum/forum.css';
import { Card, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTopicList } from '@/features/forum/api/topics';
import { TopicList } from '@/features/forum/components/topic-list';
import type { SessionMember } from '@/lib/session';

const ACTIONS = [
  { to: '/forum/new?kind=question', key: 'ask' },
  { to: '/questions?mySystems=true', key: 'unanswered' },
  { to: '/mentoring', key: 'mentor' },
  { to: '/forum/new?kind=story', key: 'story' },
] as const;

/**
 * The front page of a signed-in member: where to start (ask, help others, find a mentor, share a
 * story), the newest activity and the questions still waiting for an answer.
 */
export function Dashboard({ member }: { member: SessionMember }) {
  const { t } = useTranslation();
  const latest = useTopicList({ sort: 'activity', size: 6 });
  const unanswered = useTopicList({
    kind: 'question',
    unanswered: 'true',
    sort: 'newest',
    size: 5,
  });
  const firstName = member.displayName.split(' ')[0] ?? member.displayName;
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('dashboard.title', { name: firstName })}
      </Heading>
      <Paragraph>{t('dashboard.lead')}</Paragraph>
      <nav aria-label={t('dashboard.actions')}>
        <ul className="hb-dashboard-actions">
          {ACTIONS.map((a) => (
            <li key={a.key}>
              <Card asChild data-color="neutral">
                <Link to={a.to}>
                  <Heading level={2} data-size="2xs">
                    {t(`dashboard.action.${a.key}.title`)}
                  </Heading>
                  <Paragraph data-size="sm">{t(`dashboard.action.${a.key}.text`)}</Paragraph>
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      </nav>
      <div className="hb-columns">
        <section className="hb-stack" aria-labelledby="hb-dashboard-latest">
          <div className="hb-page-head">
            <Heading level={2} data-size="sm" id="hb-dashboard-latest">
              {t('dashboard.latest')}
            </Heading>
            <DsLink asChild>
              <Link to="/forum">{t('dashboard.allLatest')}</Link>
            </DsLink>
          </div>
          <TopicList
            data={latest.data}
            isLoading={latest.isLoading}
            isError={latest.isError}
            onRetry={() => void latest.refetch()}
            emptyText={t('dashboard.latestEmpty')}
            page={0}
            onPage={() => undefined}
            pager={false}
          />
        </section>
        <section className="hb-stack" aria-labelledby="hb-dashboard-unanswered">
          <div className="hb-page-head">
            <Heading level={2} data-size="sm" id="hb-dashboard-unanswered">
              {t('dashboard.unanswered')}
            </Heading>
            <DsLink asChild>
              <Link to="/questions">{t('dashboard.allUnanswered')}</Link>
            </DsLink>
          </div>
          <TopicList
            data={unanswered.data}
            isLoading={unanswered.isLoading}
            isError={unanswered.isError}
            onRetry={() => void unanswered.refetch()}
            emptyText={t('dashboard.unansweredEmpty')}
            page={0}
            onPage={() => undefined}
            pager={false}
          />
        </section>
      </div>
    </div>
  );
}
