import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { FormDialog } from '@/components/ui/form-dialog';
import { RequireRole } from '@/components/ui/require-role';
import { TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/api-client';
import { formatDate, formatWhen } from '@/lib/format';
import { useSession } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import {
  newIdempotencyKey,
  useAddCheckIn,
  useAddGoal,
  useCheckIns,
  useEndMentorship,
  useGiveFeedback,
  useGoals,
  useMentorship,
  useMessages,
  usePostMessage,
  useUpdateGoal,
} from '../api/mentorships';
import { goalStatuses, type GoalStatus, type Mentorship } from '../api/types';
import { applyServerErrors, zodMessage } from '../components/form-errors';
import { ListSkeleton, LoadError } from '../components/load-state';
import { MentoringNav } from '../components/mentoring-nav';
import { useProblemText } from '../components/problem-text';
import '../mentoring.css';

export function MentorshipPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Space />
    </RequireRole>
  );
}

function Space() {
  const { t } = useTranslation('mentoring');
  const id = Number(useParams().id);
  const mentorship = useMentorship(id);
  const name = mentorship.data?.other.displayName;
  useDocumentTitle(name ? t('space.title', { name }) : t('nav.mine'));
  if (mentorship.isPending) {
    return (
      <div className="hb-stack">
        <Heading level={1} data-size="lg">
          {t('nav.mine')}
        </Heading>
        <ListSkeleton />
      </div>
    );
  }
  if (mentorship.isError) {
    const notFound = mentorship.error instanceof ApiError && mentorship.error.status === 404;
    return (
      <div className="hb-stack">
        <Heading level={1} data-size="lg">
          {t('nav.mine')}
        </Heading>
        {notFound ? (
          <Paragraph>{t('errors.not-found')}</Paragraph>
        ) : (
          <LoadError error={mentorship.error} retry={() => void mentorship.refetch()} />
        )}
        <Link to="/mentoring/mine" className="ds-link">
          {t('space.back')}
        </Link>
      </div>
    );
  }
  const m = mentorship.data;
  const active = m.status === 'ACTIVE';
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('space.title', { name: m.other.displayName })}
      </Heading>
      <MentoringNav />
      <Paragraph>
        {m.role === 'MENTOR' ? t('space.youAreMentor') : t('space.youAreMentee')}{' '}
        {t('space.privacy')}
      </Paragraph>
      {!active && <Ended mentorship={m} />}
      <div className="hb-columns">
        <Messages id={id} active={active} />
        <div className="hb-stack">
          <Goals id={id} active={active} />
          <CheckIns id={id} active={active} />
        </div>
      </div>
      {active && <EndMentorship mentorship={m} />}
      <Link to="/mentoring/mine" className="ds-link">
        {t('space.back')}
      </Link>
    </div>
  );
}

const messageSchema = z.object({ body: z.string().trim().min(1, 'required').max(4000, 'tooLong') });

function Messages({ id, active }: { id: number; active: boolean }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const { member } = useSession();
  const messages = useMessages(id);
  const post = usePostMessage(id);
  const problem = useProblemText();
  // One key per message being written: a retry of the same text after a lost answer reuses it;
  // an edited text is a new message (the server refuses another text under a used key).
  const key = useRef(newIdempotencyKey());
  const sentBody = useRef<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<{ body: string }>({
    resolver: zodResolver(messageSchema),
    defaultValues: { body: '' },
  });
  const onSubmit = (values: { body: string }) => {
    if (sentBody.current !== null && sentBody.current !== values.body) {
      key.current = newIdempotencyKey();
    }
    sentBody.current = values.body;
    post.mutate(
      { body: values.body, key: key.current },
      {
        onSuccess: () => {
          key.current = newIdempotencyKey();
          sentBody.current = null;
          reset({ body: '' });
        },
        onError: (e) => applyServerErrors(e, setError, ['body'], problem),
      },
    );
  };
  return (
    <section className="hb-stack" aria-labelledby="hb-messages">
      <Heading level={2} data-size="md" id="hb-messages">
        {t('space.messagesTitle')}
      </Heading>
      {messages.isPending ? (
        <ListSkeleton rows={2} />
      ) : messages.isError ? (
        <LoadError error={messages.error} retry={() => void messages.refetch()} />
      ) : messages.data.items.length === 0 ? (
        <Paragraph>{t('space.messagesEmpty')}</Paragraph>
      ) : (
        <ol className="hb-messages" aria-label={t('space.messagesTitle')}>
          {messages.data.items.map((msg) => {
            const mine = msg.author.id === member?.id;
            return (
              <li key={msg.id} className={mine ? 'hb-message hb-message--mine' : 'hb-message'}>
                <p className="hb-message__meta">
                  <strong>{mine ? t('space.you') : msg.author.displayName}</strong>{' '}
                  <time dateTime={msg.createdAt}>{formatWhen(msg.createdAt, language)}</time>
                </p>
                <p className="hb-prewrap">{msg.body}</p>
              </li>
            );
          })}
        </ol>
      )}
      {active ? (
        <form className="hb-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
          {post.isError && !(post.error instanceof ApiError && post.error.fieldErrors.length) && (
            <Alert data-color="danger" role="alert">
              {problem(post.error)}
            </Alert>
          )}
          <Textfield
            multiline
            rows={3}
            label={t('space.message')}
            description={t('space.messageHint')}
            error={
              errors.body?.type === 'server'
                ? errors.body.message
                : zodMessage(t, errors.body?.message)
            }
            {...register('body')}
          />
          <div>
            <Button type="submit" disabled={post.isPending}>
              {post.isPending ? t('space.sending') : t('space.send')}
            </Button>
          </div>
        </form>
      ) : (
        <Paragraph data-size="sm">{t('space.readOnly')}</Paragraph>
      )}
    </section>
  );
}

const goalSchema = z.object({ title: z.string().trim().min(1, 'required').max(300, 'tooLong') });

function Goals({ id, active }: { id: number; active: boolean }) {
  const { t } = useTranslation('mentoring');
  const goals = useGoals(id);
  const add = useAddGoal(id);
  const update = useUpdateGoal(id);
  const problem = useProblemText();
  const base = useId();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<{ title: string }>({
    resolver: zodResolver(goalSchema),
    defaultValues: { title: '' },
  });
  const onSubmit = (values: { title: string }) =>
    add.mutate(values.title, {
      onSuccess: () => reset({ title: '' }),
      onError: (e) => applyServerErrors(e, setError, ['title'], problem),
    });
  const color: Record<GoalStatus, 'neutral' | 'info' | 'success'> = {
    OPEN: 'neutral',
    IN_PROGRESS: 'info',
    DONE: 'success',
  };
  return (
    <section className="hb-stack" aria-labelledby="hb-goals">
      <Heading level={2} data-size="sm" id="hb-goals">
        {t('space.goalsTitle')}
      </Heading>
      {update.isError && (
        <Alert data-color="danger" role="alert">
          {problem(update.error)}
        </Alert>
      )}
      {goals.isPending ? (
        <ListSkeleton rows={1} />
      ) : goals.isError ? (
        <LoadError error={goals.error} retry={() => void goals.refetch()} />
      ) : goals.data.length === 0 ? (
        <Paragraph>{t('space.goalsEmpty')}</Paragraph>
      ) : (
        <ul className="hb-plain-list hb-goals">
          {goals.data.map((g) => (
            <li key={g.id} className="hb-goal">
              <span className="hb-goal__title">{g.title}</span>
              {active ? (
                <Field className="hb-goal__status">
                  <Label htmlFor={`${base}-goal-${g.id}`} className="hb-visually-hidden">
                    {t('space.goalStatus', { title: g.title })}
                  </Label>
                  <Select
                    id={`${base}-goal-${g.id}`}
                    data-size="sm"
                    value={g.status}
                    onChange={(e) =>
                      update.mutate({ goalId: g.id, status: e.target.value as GoalStatus })
                    }
                  >
                    {goalStatuses.map((s) => (
                      <option key={s} value={s}>
                        {t(`space.goalStatuses.${s}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
              ) : (
                <Tag data-color={color[g.status]}>{t(`space.goalStatuses.${g.status}`)}</Tag>
              )}
            </li>
          ))}
        </ul>
      )}
      {active && (
        <form className="hb-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
          <Textfield
            label={t('space.goal')}
            error={
              errors.title?.type === 'server'
                ? errors.title.message
                : zodMessage(t, errors.title?.message)
            }
            {...register('title')}
          />
          <div>
            <Button type="submit" variant="secondary" disabled={add.isPending}>
              {t('space.addGoal')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Today in Norway as yyyy-mm-dd, the value a date input wants. */
function osloToday() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
}

const checkInSchema = z.object({
  heldOn: z.string().min(1, 'required'),
  note: z.string().trim().min(1, 'required').max(1000, 'tooLong'),
});
type CheckInValues = z.infer<typeof checkInSchema>;

function CheckIns({ id, active }: { id: number; active: boolean }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const checkIns = useCheckIns(id);
  const add = useAddCheckIn(id);
  const problem = useProblemText();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<CheckInValues>({
    resolver: zodResolver(checkInSchema),
    defaultValues: { heldOn: osloToday(), note: '' },
  });
  const message = (e?: { type?: string; message?: string }) =>
    e?.type === 'server' ? e.message : zodMessage(t, e?.message);
  const onSubmit = (values: CheckInValues) =>
    add.mutate(values, {
      onSuccess: () => reset({ heldOn: osloToday(), note: '' }),
      onError: (e) => applyServerErrors(e, setError, ['heldOn', 'note'], problem),
    });
  return (
    <section className="hb-stack" aria-labelledby="hb-checkins">
      <Heading level={2} data-size="sm" id="hb-checkins">
        {t('space.checkInsTitle')}
      </Heading>
      {checkIns.isPending ? (
        <ListSkeleton rows={1} />
      ) : checkIns.isError ? (
        <LoadError error={checkIns.error} retry={() => void checkIns.refetch()} />
      ) : checkIns.data.length === 0 ? (
        <Paragraph>{t('space.checkInsEmpty')}</Paragraph>
      ) : (
        <ul className="hb-plain-list">
          {checkIns.data.map((c) => (
            <li key={c.id} className="hb-checkin">
              <p className="hb-message__meta">
                <strong>
                  <time dateTime={c.heldOn}>{formatDate(`${c.heldOn}T12:00:00Z`, language)}</time>
                </strong>{' '}
                {t('space.by', { name: c.createdBy.displayName })}
              </p>
              <p className="hb-prewrap">{c.note}</p>
            </li>
          ))}
        </ul>
      )}
      {active && (
        <form className="hb-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
          <Textfield
            type="date"
            label={t('space.checkInDate')}
            error={message(errors.heldOn)}
            {...register('heldOn')}
          />
          <Textfield
            multiline
            rows={2}
            label={t('space.checkInNote')}
            error={message(errors.note)}
            {...register('note')}
          />
          <div>
            <Button type="submit" variant="secondary" disabled={add.isPending}>
              {t('space.addCheckIn')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function EndMentorship({ mentorship }: { mentorship: Mentorship }) {
  const { t } = useTranslation('mentoring');
  const end = useEndMentorship(mentorship.id);
  const problem = useProblemText();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <section className="hb-stack hb-danger-zone" aria-labelledby="hb-end">
      <Heading level={2} data-size="sm" id="hb-end">
        {t('space.endTitle')}
      </Heading>
      <Paragraph>{t('space.endBody')}</Paragraph>
      <div>
        <Button
          variant="secondary"
          data-color="danger"
          aria-haspopup="dialog"
          onClick={() => {
            end.reset();
            setOpen(true);
          }}
        >
          {t('space.end')}
        </Button>
      </div>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('space.endTitle')}
        lead={t('space.endBody')}
        submitLabel={t('space.endConfirm')}
        danger
        busy={end.isPending}
        error={end.isError ? problem(end.error) : null}
        onSubmit={() => end.mutate(reason, { onSuccess: () => setOpen(false) })}
      >
        <TextField
          multiline
          rows={2}
          limit={500}
          label={t('space.endReason')}
          description={t('space.endReasonHint', { name: mentorship.other.displayName })}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormDialog>
    </section>
  );
}

const feedbackSchema = z.object({
  helped: z.enum(['yes', 'no'], { error: 'required' }),
  rating: z.enum(['1', '2', '3', '4', '5'], { error: 'required' }),
  comment: z.string().max(1000, 'tooLong'),
});
type FeedbackValues = z.infer<typeof feedbackSchema>;

function Ended({ mentorship: m }: { mentorship: Mentorship }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const give = useGiveFeedback(m.id);
  const problem = useProblemText();
  const heading = useRef<HTMLHeadingElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FeedbackValues>({
    resolver: zodResolver(feedbackSchema),
    defaultValues: { comment: '' },
  });
  useEffect(() => {
    if (give.isSuccess) heading.current?.focus();
  }, [give.isSuccess]);
  const onSubmit = (v: FeedbackValues) =>
    give.mutate({
      helped: v.helped === 'yes',
      rating: Number(v.rating),
      comment: v.comment.trim() || null,
    });
  return (
    <section className="hb-stack" aria-labelledby="hb-feedback">
      <Alert data-color="info">
        <Paragraph>
          {t('space.ended', { when: formatWhen(m.endedAt ?? m.startedAt, language) })}
        </Paragraph>
        {m.endedBy && m.endReason ? (
          <Paragraph>
            {t('space.endedBy', { name: m.endedBy.displayName, reason: m.endReason })}
          </Paragraph>
        ) : null}
      </Alert>
      <Heading level={2} data-size="sm" id="hb-feedback" ref={heading} tabIndex={-1}>
        {t('space.feedbackTitle')}
      </Heading>
      {!m.feedbackDue || give.isSuccess ? (
        <Paragraph role="status">{t('space.feedbackThanks')}</Paragraph>
      ) : (
        <form className="hb-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
          <Paragraph>{t('space.feedbackLead')}</Paragraph>
          {give.isError && (
            <Alert data-color="danger" role="alert">
              {problem(give.error)}
            </Alert>
          )}
          <Fieldset>
            <Fieldset.Legend>{t('space.helped')}</Fieldset.Legend>
            <div className="hb-inline-choices">
              <Radio label={t('space.yes')} value="yes" {...register('helped')} />
              <Radio label={t('space.no')} value="no" {...register('helped')} />
            </div>
            {errors.helped ? (
              <ValidationMessage>{zodMessage(t, errors.helped.message)}</ValidationMessage>
            ) : null}
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('space.rating')}</Fieldset.Legend>
            <div className="hb-inline-choices">
              {['1', '2', '3', '4', '5'].map((r) => (
                <Radio key={r} label={r} value={r} {...register('rating')} />
              ))}
            </div>
            {errors.rating ? (
              <ValidationMessage>{zodMessage(t, errors.rating.message)}</ValidationMessage>
            ) : null}
          </Fieldset>
          <Textfield
            multiline
            rows={3}
            label={t('space.comment')}
            error={zodMessage(t, errors.comment?.message)}
            {...register('comment')}
          />
          <div>
            <Button type="submit" disabled={give.isPending}>
              {t('space.sendFeedback')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
