import {
  Alert,
  Button,
  Card,
  Details,
  Heading,
  Paragraph,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRole } from '@/components/ui/require-role';
import { formatWhen } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useMentorships } from '../api/mentorships';
import { useDecideRequest, useMyRequests, type Decision } from '../api/requests';
import type { MentorRequest, Mentorship, RequestStatus } from '../api/types';
import { MentoringNav } from '../components/mentoring-nav';
import '../mentoring.css';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { useProblemText } from '@/lib/forms/problem-text';

export function MinePage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Mine />
    </RequireRole>
  );
}

function Mine() {
  const { t } = useTranslation('mentoring');
  useDocumentTitle(t('mine.title'));
  const requests = useMyRequests();
  const mentorships = useMentorships();
  const incoming = requests.data?.filter((r) => r.role === 'MENTOR' && r.status === 'OPEN') ?? [];
  const outgoing = requests.data?.filter((r) => r.role === 'MENTEE' && r.status === 'OPEN') ?? [];
  const history = requests.data?.filter((r) => r.status !== 'OPEN') ?? [];
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('mine.title')}
      </Heading>
      <MentoringNav />
      <div className="hb-columns">
        <div className="hb-stack">
          <section className="hb-stack" aria-labelledby="hb-incoming">
            <Heading level={2} data-size="md" id="hb-incoming">
              {t('mine.incomingTitle')}
            </Heading>
            {requests.isPending ? (
              <ListSkeleton rows={1} />
            ) : requests.isError ? (
              <LoadError
                ns="mentoring"
                error={requests.error}
                retry={() => void requests.refetch()}
              />
            ) : incoming.length === 0 ? (
              <Paragraph>{t('mine.incomingEmpty')}</Paragraph>
            ) : (
              <ul className="hb-card-list">
                {incoming.map((r) => (
                  <li key={r.id}>
                    <IncomingRequest request={r} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="hb-stack" aria-labelledby="hb-mentorships">
            <Heading level={2} data-size="md" id="hb-mentorships">
              {t('mine.mentorshipsTitle')}
            </Heading>
            {mentorships.isPending ? (
              <ListSkeleton rows={1} />
            ) : mentorships.isError ? (
              <LoadError
                ns="mentoring"
                error={mentorships.error}
                retry={() => void mentorships.refetch()}
              />
            ) : mentorships.data.length === 0 ? (
              <Paragraph>{t('mine.mentorshipsEmpty')}</Paragraph>
            ) : (
              <ul className="hb-card-list">
                {mentorships.data.map((m) => (
                  <li key={m.id}>
                    <MentorshipCard mentorship={m} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <div className="hb-stack">
          <section className="hb-stack" aria-labelledby="hb-outgoing">
            <Heading level={2} data-size="md" id="hb-outgoing">
              {t('mine.outgoingTitle')}
            </Heading>
            {requests.isPending ? (
              <ListSkeleton rows={1} />
            ) : requests.isError ? null : outgoing.length === 0 ? (
              <>
                <Paragraph>{t('mine.outgoingEmpty')}</Paragraph>
                <Link to="/mentoring" className="ds-link">
                  {t('nav.find')}
                </Link>
              </>
            ) : (
              <ul className="hb-card-list">
                {outgoing.map((r) => (
                  <li key={r.id}>
                    <OutgoingRequest request={r} />
                  </li>
                ))}
              </ul>
            )}
          </section>
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

const statusColor: Record<RequestStatus, 'success' | 'warning' | 'neutral' | 'danger' | 'info'> = {
  OPEN: 'info',
  ACCEPTED: 'success',
  DECLINED: 'warning',
  EXPIRED: 'neutral',
  WITHDRAWN: 'neutral',
  CANCELLED: 'neutral',
  MATCHED_ELSEWHERE: 'neutral',
};

function IncomingRequest({ request }: { request: MentorRequest }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const decide = useDecideRequest();
  const problem = useProblemText('mentoring');
  const [note, setNote] = useState('');
  const act = (status: Decision) => decide.mutate({ id: request.id, status, note });
  return (
    <Card className="hb-request">
      <Heading level={3} data-size="xs">
        {t('mine.from', { name: request.mentee.displayName })}
      </Heading>
      {request.origin === 'COHORT' && <Tag data-color="info">{t('mine.cohort')}</Tag>}
      <Paragraph className="hb-prewrap">{request.message}</Paragraph>
      <Paragraph data-size="sm">
        {t('mine.sentAt', { when: formatWhen(request.createdAt, language) })} ·{' '}
        {t('mine.expires', { when: formatWhen(request.expiresAt, language) })}
      </Paragraph>
      {decide.isError && (
        <Alert data-color="danger" role="alert">
          {problem(decide.error)}
        </Alert>
      )}
      <Textfield
        multiline
        rows={2}
        label={t('mine.note')}
        description={t('mine.noteHint')}
        value={note}
        maxLength={1000}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="hb-actions">
        <Button onClick={() => act('ACCEPTED')} disabled={decide.isPending}>
          {t('mine.accept')}
        </Button>
        <Button variant="secondary" onClick={() => act('DECLINED')} disabled={decide.isPending}>
          {t('mine.decline')}
        </Button>
      </div>
    </Card>
  );
}

function OutgoingRequest({ request }: { request: MentorRequest }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const decide = useDecideRequest();
  const problem = useProblemText('mentoring');
  return (
    <Card className="hb-request">
      <Heading level={3} data-size="xs">
        <Link to={`/mentoring/mentors/${request.mentor.id}`} className="ds-link">
          {t('mine.to', { name: request.mentor.displayName })}
        </Link>
      </Heading>
      <div className="hb-tags">
        <Tag data-color={statusColor[request.status]}>{t(`mine.status.${request.status}`)}</Tag>
        {request.origin === 'COHORT' && <Tag data-color="info">{t('mine.cohort')}</Tag>}
      </div>
      <Paragraph className="hb-prewrap">{request.message}</Paragraph>
      <Paragraph data-size="sm">
        {t('mine.sentAt', { when: formatWhen(request.createdAt, language) })} ·{' '}
        {t('mine.expires', { when: formatWhen(request.expiresAt, language) })}
      </Paragraph>
      {decide.isError && (
        <Alert data-color="danger" role="alert">
          {problem(decide.error)}
        </Alert>
      )}
      <div>
        <Button
          variant="secondary"
          data-size="sm"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ id: request.id, status: 'WITHDRAWN' })}
        >
          {t('mine.withdraw')}
        </Button>
      </div>
    </Card>
  );
}

function HistoryItem({ request }: { request: MentorRequest }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const other = request.role === 'MENTEE' ? request.mentor : request.mentee;
  return (
    <div className="hb-history">
      <span>
        {request.role === 'MENTEE'
          ? t('mine.to', { name: other.displayName })
          : t('mine.from', { name: other.displayName })}
      </span>{' '}
      <Tag data-color={statusColor[request.status]}>{t(`mine.status.${request.status}`)}</Tag>{' '}
      <span>{formatWhen(request.decidedAt ?? request.createdAt, language)}</span>
      {request.responseNote ? (
        <Paragraph data-size="sm">{t('mine.reply', { note: request.responseNote })}</Paragraph>
      ) : null}
    </div>
  );
}

function MentorshipCard({ mentorship: m }: { mentorship: Mentorship }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const name = m.other.displayName;
  return (
    <Card className="hb-request">
      <Heading level={3} data-size="xs">
        <Link to={`/mentoring/m/${m.id}`} className="ds-link">
          {m.role === 'MENTOR' ? t('mine.asMentor', { name }) : t('mine.asMentee', { name })}
        </Link>
      </Heading>
      <div className="hb-tags">
        <Tag data-color={m.status === 'ACTIVE' ? 'success' : 'neutral'}>
          {t(`mine.status.${m.status}`)}
        </Tag>
        {m.openGoals > 0 && (
          <Tag data-color="info">{t('mine.openGoals', { count: m.openGoals })}</Tag>
        )}
        {m.feedbackDue && <Tag data-color="warning">{t('mine.feedbackDue')}</Tag>}
      </div>
      <Paragraph data-size="sm">
        {m.endedAt
          ? t('mine.endedAt', { when: formatWhen(m.endedAt, language) })
          : t('mine.since', { when: formatWhen(m.startedAt, language) })}
      </Paragraph>
    </Card>
  );
}
