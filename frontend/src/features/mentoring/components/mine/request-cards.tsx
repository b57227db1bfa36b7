import {
  Alert,
  Button,
  Card,
  Heading,
  Paragraph,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { formatWhen } from '@/lib/format';
import { useProblemText } from '@/lib/forms/problem-text';
import { useLanguage } from '@/lib/use-language';
import { useDecideRequest, type Decision } from '../../api/requests';
import type { MentorRequest, Mentorship, RequestStatus } from '../../api/types';

const statusColor: Record<RequestStatus, 'success' | 'warning' | 'neutral' | 'danger' | 'info'> = {
  OPEN: 'info',
  ACCEPTED: 'success',
  DECLINED: 'warning',
  EXPIRED: 'neutral',
  WITHDRAWN: 'neutral',
  CANCELLED: 'neutral',
  MATCHED_ELSEWHERE: 'neutral',
};

/** A request's message, when it was sent and expires, and why the last decision failed. */
function RequestBody({ request, error }: { request: MentorRequest; error: unknown }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const problem = useProblemText('mentoring');
  return (
    <>
      <Paragraph className="hb-prewrap">{request.message}</Paragraph>
      <Paragraph data-size="sm">
        {t('mine.sentAt', { when: formatWhen(request.createdAt, language) })} ·{' '}
        {t('mine.expires', { when: formatWhen(request.expiresAt, language) })}
      </Paragraph>
      {error ? (
        <Alert data-color="danger" role="alert">
          {problem(error)}
        </Alert>
      ) : null}
    </>
  );
}

/** A request to this member as mentor: accept or decline, with a note. */
export function IncomingRequest({ request }: { request: MentorRequest }) {
  const { t } = useTranslation('mentoring');
  const decide = useDecideRequest();
  const [note, setNote] = useState('');
  const act = (status: Decision) => decide.mutate({ id: request.id, status, note });
  return (
    <Card className="hb-request">
      <Heading level={3} data-size="xs">
        {t('mine.from', { name: request.mentee.displayName })}
      </Heading>
      {request.origin === 'COHORT' && <Tag data-color="info">{t('mine.cohort')}</Tag>}
      <RequestBody request={request} error={decide.error} />
      <Textfield
        multiline
        rows={2}
        label={t('mine.note')}
        description={t('mine.noteHint')}
        value={note}
        maxLength={1000}
        onChange={(e) => setNote(e.target.value)}
      />
      <PatientDataNotice error={decide.error} field="note" text={decide.variables?.note} />
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

/** A request this member sent: where it stands, and a button to withdraw it. */
export function OutgoingRequest({ request }: { request: MentorRequest }) {
  const { t } = useTranslation('mentoring');
  const decide = useDecideRequest();
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
      <RequestBody request={request} error={decide.error} />
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

/** A decided request, either way, with the reply note. */
export function HistoryItem({ request }: { request: MentorRequest }) {
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

/** One of the member's mentorships, with its state and what waits in it. */
export function MentorshipCard({ mentorship: m }: { mentorship: Mentorship }) {
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
