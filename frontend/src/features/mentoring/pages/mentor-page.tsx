import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { RequireRole } from '@/components/ui/require-role';
import { ApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMentor } from '../api/mentors';
import { useSendRequest } from '../api/requests';
import type { MentorView } from '../api/types';
import { applyServerErrors, zodMessage } from '@/lib/forms/server-errors';
import { MentorFacts } from '../components/mentor-facts';
import { MentoringNav } from '../components/mentoring-nav';
import { PlacesTag } from '../components/places-tag';
import '../mentoring.css';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { useProblemText } from '@/lib/forms/problem-text';

export function MentorPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Mentor />
    </RequireRole>
  );
}

function Mentor() {
  const { t } = useTranslation('mentoring');
  const id = Number(useParams().id);
  const mentor = useMentor(id);
  useDocumentTitle(mentor.data?.mentor.displayName ?? t('mentor.title'));
  const notFound = mentor.error instanceof ApiError && mentor.error.status === 404;
  return (
    <div className="hb-stack">
      {mentor.isPending ? (
        <>
          <Heading level={1} data-size="lg">
            {t('mentor.title')}
          </Heading>
          <ListSkeleton rows={2} />
        </>
      ) : notFound || Number.isNaN(id) ? (
        <>
          <Heading level={1} data-size="lg">
            {t('mentor.title')}
          </Heading>
          <Paragraph>{t('errors.not-found')}</Paragraph>
          <Link to="/mentoring" className="ds-link">
            {t('mentor.back')}
          </Link>
        </>
      ) : mentor.isError ? (
        <>
          <Heading level={1} data-size="lg">
            {t('mentor.title')}
          </Heading>
          <LoadError ns="mentoring" error={mentor.error} retry={() => void mentor.refetch()} />
        </>
      ) : (
        <MentorDetails view={mentor.data} />
      )}
    </div>
  );
}

function MentorDetails({ view }: { view: MentorView }) {
  const { t } = useTranslation('mentoring');
  const m = view.mentor;
  return (
    <>
      <div className="hb-title-row">
        <Heading level={1} data-size="lg">
          {m.displayName}
        </Heading>
        <PlacesTag mentor={m} />
      </div>
      <MentoringNav />
      <div className="hb-columns">
        <div className="hb-stack">
          <section className="hb-stack" aria-labelledby="hb-intro-title">
            <Heading level={2} data-size="sm" id="hb-intro-title">
              {t('mentor.introduction')}
            </Heading>
            <Paragraph className="hb-prewrap">
              {view.introduction ?? t('mentor.noIntroduction')}
            </Paragraph>
          </section>
          <MentorFacts mentor={m} full />
          <Paragraph data-size="sm">
            {t('places.ofCapacity', { active: m.activeMentees, capacity: m.capacity })}
          </Paragraph>
        </div>
        <aside className="hb-stack" aria-labelledby="hb-request-title">
          <Heading level={2} data-size="sm" id="hb-request-title">
            {t('mentor.requestTitle')}
          </Heading>
          <RequestPanel view={view} />
        </aside>
      </div>
      <Link to="/mentoring" className="ds-link">
        {t('mentor.back')}
      </Link>
    </>
  );
}

const schema = z.object({
  message: z.string().trim().min(1, 'required').max(2000, 'tooLong'),
});
type Values = z.infer<typeof schema>;

/** Replaces the form it answers, so it takes the focus (else focus would fall to the page). */
function RequestSent() {
  const { t } = useTranslation('mentoring');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} data-color="success" role="status">
      <Paragraph>{t('mentor.sent')}</Paragraph>
      <Link to="/mentoring/mine" className="ds-link">
        {t('mentor.seeRequests')}
      </Link>
    </Alert>
  );
}

function RequestPanel({ view }: { view: MentorView }) {
  const { t } = useTranslation('mentoring');
  const send = useSendRequest();
  const problem = useProblemText('mentoring');
  const name = view.mentor.displayName;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { message: '' } });

  if (send.isSuccess) return <RequestSent />;
  switch (view.cannotRequestBecause) {
    case 'self-mentoring':
      return (
        <Card variant="tinted">
          <Paragraph>{t('mentor.self')}</Paragraph>
          <Link to="/mentoring/settings" className="ds-link">
            {t('mentor.editOwn')}
          </Link>
        </Card>
      );
    case 'request-open':
      return (
        <Card variant="tinted">
          <Paragraph>{t('mentor.open', { name })}</Paragraph>
          <Link to="/mentoring/mine" className="ds-link">
            {t('mentor.seeRequests')}
          </Link>
        </Card>
      );
    case 'already-mentored':
      return (
        <Card variant="tinted">
          <Paragraph>{t('mentor.mentored', { name })}</Paragraph>
          <Link to={`/mentoring/m/${view.mentorshipId}`} className="ds-link">
            {t('mentor.goToSpace')}
          </Link>
        </Card>
      );
    case 'mentee-has-mentor':
      return (
        <Card variant="tinted">
          <Paragraph>{t('mentor.hasMentor')}</Paragraph>
          <Link to="/mentoring/needs" className="ds-link">
            {t('mentor.askForMore')}
          </Link>
        </Card>
      );
    case 'mentor-paused':
      return <Paragraph>{t('mentor.paused', { name })}</Paragraph>;
    case 'mentor-full':
      return <Paragraph>{t('mentor.full', { name })}</Paragraph>;
    default:
      break;
  }
  const onSubmit = (values: Values) =>
    send.mutate(
      { mentorId: view.mentor.id, message: values.message },
      { onError: (e) => applyServerErrors(e, setError, ['message'], problem) },
    );
  return (
    <form className="hb-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
      {send.isError && (
        <Alert data-color="danger" role="alert">
          {problem(send.error)}
        </Alert>
      )}
      <Textfield
        multiline
        rows={6}
        label={t('mentor.message', { name })}
        description={t('mentor.messageHint')}
        error={
          errors.message?.type === 'server'
            ? errors.message.message
            : zodMessage(t, errors.message?.message)
        }
        {...register('message')}
      />
      <PatientDataNotice error={send.error} field="message" text={send.variables?.message} />
      <div>
        <Button type="submit" disabled={send.isPending}>
          {send.isPending ? t('mentor.sending') : t('mentor.send')}
        </Button>
      </div>
    </form>
  );
}
