import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from '@/lib/forms/zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { applyServerErrors, zodMessage } from '@/lib/forms/server-errors';
import { useProblemText } from '@/lib/forms/problem-text';
import { useSendRequest } from '../../api/requests';
import type { MentorView } from '../../api/types';
import { ProblemAlert } from '@/components/ui/live-alert';

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

/** Where a member asks this mentor for mentoring, or why they cannot. */
export function RequestPanel({ view }: { view: MentorView }) {
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
      <ProblemAlert call={send} text={problem} />
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
