import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { QueryState } from '@/components/ui/query-state';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { ApiError } from '@/lib/api-client';
import { formatWhen } from '@/lib/format';
import { useSession } from '@/lib/session';
import { useLanguage } from '@/lib/use-language';
import { useMentoringForm } from '../use-mentoring-form';
import { newIdempotencyKey, useMessages, usePostMessage } from '../../api/mentorships';

/** The conversation of a mentorship, oldest first, and (while it is active) the form to write. */
const messageSchema = z.object({ body: z.string().trim().min(1, 'required').max(4000, 'tooLong') });

export function Messages({ id, active }: { id: number; active: boolean }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const { member } = useSession();
  const messages = useMessages(id);
  const post = usePostMessage(id);
  // One key per message being written: a retry of the same text after a lost answer reuses it;
  // an edited text is a new message (the server refuses another text under a used key).
  const key = useRef(newIdempotencyKey());
  const sentBody = useRef<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    message,
    serverErrors,
    problem,
    formState: { errors },
  } = useMentoringForm<{ body: string }>(messageSchema, { body: '' });
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
        onError: serverErrors(['body']),
      },
    );
  };
  return (
    <section className="hb-stack" aria-labelledby="hb-messages">
      <Heading level={2} data-size="md" id="hb-messages">
        {t('space.messagesTitle')}
      </Heading>
      <QueryState
        query={messages}
        ns="mentoring"
        rows={2}
        empty={<Paragraph>{t('space.messagesEmpty')}</Paragraph>}
        isEmpty={(page) => page.items.length === 0}
      >
        {(page) => (
          <ol className="hb-messages" aria-label={t('space.messagesTitle')}>
            {page.items.map((msg) => {
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
      </QueryState>
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
            error={message(errors.body)}
            {...register('body')}
          />
          <PatientDataNotice error={post.error} field="body" text={post.variables?.body} />
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
