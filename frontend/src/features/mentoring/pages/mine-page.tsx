import { Details, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState, type QueryLike } from '@/components/ui/query-state';
import { RequireRole } from '@/components/ui/require-role';
import { useMentorships } from '../api/mentorships';
import { useMyRequests } from '../api/requests';
import type { MentorRequest } from '../api/types';
import { MentoringNav } from '../components/mentoring-nav';
import {
  HistoryItem,
  IncomingRequest,
  MentorshipCard,
  OutgoingRequest,
} from '../components/mine/request-cards';
import '../mentoring.css';
import { PageTitle } from '@/components/ui/page-title';
import { HeadedSection } from '@/components/ui/section';

export function MinePage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Mine />
    </RequireRole>
  );
}

/** A titled section with one list of cards, or a sentence when the list is empty. */
function CardSection<T extends { id: number }>({
  id,
  title,
  query,
  empty,
  showError = true,
  card,
}: {
  id: string;
  title: string;
  query: QueryLike<T[]>;
  empty: ReactNode;
  /** False when another section on the page already shows the same failed load. */
  showError?: boolean;
  card: (item: T) => ReactNode;
}) {
  return (
    <HeadedSection id={id} title={title}>
      {query.isError && !showError ? null : (
        <QueryState query={query} ns="mentoring" rows={1} empty={empty} isEmpty={(l) => !l.length}>
          {(items) => (
            <ul className="hb-card-list">
              {items.map((item) => (
                <li key={item.id}>{card(item)}</li>
              ))}
            </ul>
          )}
        </QueryState>
      )}
    </HeadedSection>
  );
}

function Mine() {
  const { t } = useTranslation('mentoring');
  const requests = useMyRequests();
  const mentorships = useMentorships();
  const open = (role: MentorRequest['role']) => ({
    ...requests,
    data: requests.data?.filter((r) => r.role === role && r.status === 'OPEN'),
  });
  const history = requests.data?.filter((r) => r.status !== 'OPEN') ?? [];
  return (
    <div className="hb-stack">
      <PageTitle>{t('mine.title')}</PageTitle>
      <MentoringNav />
      <div className="hb-columns">
        <div className="hb-stack">
          <CardSection
            id="hb-incoming"
            title={t('mine.incomingTitle')}
            query={open('MENTOR')}
            empty={<Paragraph>{t('mine.incomingEmpty')}</Paragraph>}
            card={(r) => <IncomingRequest request={r} />}
          />
          <CardSection
            id="hb-mentorships"
            title={t('mine.mentorshipsTitle')}
            query={mentorships}
            empty={<Paragraph>{t('mine.mentorshipsEmpty')}</Paragraph>}
            card={(m) => <MentorshipCard mentorship={m} />}
          />
        </div>
        <div className="hb-stack">
          <CardSection
            id="hb-outgoing"
            title={t('mine.outgoingTitle')}
            query={open('MENTEE')}
            showError={false}
            empty={
              <>
                <Paragraph>{t('mine.outgoingEmpty')}</Paragraph>
                <Link to="/mentoring" className="ds-link">
                  {t('nav.find')}
                </Link>
              </>
            }
            card={(r) => <OutgoingRequest request={r} />}
          />
          {history.length > 0 && (
            <Details>
              <Details.Summary>{t('mine.historyTitle')}</Details.Summary>
              <Details.Content>
                <ul className="hb-plain-list">
                  {history.map((r) => (
                    <li key={r.id}>
                      <HistoryItem request={r} />
                    </li>
                  ))}
                </ul>
              </Details.Content>
            </Details>
          )}
        </div>
      </div>
    </div>
  );
}
