import '@/features/forum/forum.css';
import { Alert, Card, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTopicList } from '@/features/forum/api/topics';
import { TopicList } from '@/features/forum/components/topic-list';
import { MyGroups } from '@/features/groups/components/my-groups';
import type { SessionMember } from '@/lib/session';

const ACTIONS = [
  { to: '/forum/new?kind=question', key: 'ask' },
  { to: '/questions?mySystems=true', key: 'unanswered' },
  { to: '/mentoring', key: 'mentor' },
  { to: '/forum/new?kind=story', key: 'story' },
  { to: '/insights/report', key: 'report' },
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
      {member.coordinator && !member.twoFactorEnabled ? (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('dashboard.secondFactor.title')}
          </Heading>
          <Paragraph>{t('dashboard.secondFactor.body')}</Paragraph>
          <Paragraph>
            <DsLink asChild>
              <Link to="/settings#two-factor">{t('dashboard.secondFactor.action')}</Link>
            </DsLink>
          </Paragraph>
        </Alert>
      ) : null}
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
        {(
          [
            ['latest', '/forum', 'allLatest', latest],
            ['unanswered', '/questions', 'allUnanswered', unanswered],
          ] as const
        ).map(([key, href, all, list]) => (
          <Preview
            key={key}
            id={`hb-dashboard-${key}`}
            title={t(`dashboard.${key}`)}
            href={href}
            hrefText={t(`dashboard.${all}`)}
            emptyText={t(`dashboard.${key}Empty`)}
            list={list}
          />
        ))}
      </div>
      <MyGroups />
    </div>
  );
}

interface PreviewProps {
  id: string;
  title: string;
  href: string;
  hrefText: string;
  emptyText: string;
  list: ReturnType<typeof useTopicList>;
}

/** The first few topics of a forum list, with a link to the whole list. */
function Preview({ id, title, href, hrefText, emptyText, list }: PreviewProps) {
  return (
    <section className="hb-stack" aria-labelledby={id}>
      <div className="hb-page-head">
        <Heading level={2} data-size="sm" id={id}>
          {title}
        </Heading>
        <DsLink asChild>
          <Link to={href}>{hrefText}</Link>
        </DsLink>
      </div>
      <TopicList list={list} emptyText={emptyText} />
    </section>
  );
}
