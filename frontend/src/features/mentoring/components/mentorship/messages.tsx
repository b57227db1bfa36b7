import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { ProblemAlert } from '@/components/ui/live-alert';
import { QuerySection } from '@/components/ui/section';
import { ApiError } from '@/lib/api-client';
import { formatWhen } from '@/lib/format';
import { useSession } from '@/lib/session';
import { useLanguage } from '@/lib/use-language';
import { useMentoringForm } from '../use-mentoring-form';
import { EntryForm, MentorshipEntry } from './entry';
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
  const { register, reset, message, serverErrors, problem, errors, submit } = useMentoringForm<{
    body: string;
  }>(messageSchema, { body: '' });
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
    <QuerySection
      id="hb-messages"
      title={t('space.messagesTitle')}
      query={messages}
      ns="mentoring"
      rows={2}
      empty={t('space.messagesEmpty')}
      isEmpty={(page) => page.items.length === 0}
      render={(page) => (
        <ol className="hb-messages" aria-label={t('space.messagesTitle')}>
          {page.items.map((msg) => {
            const mine = msg.author.id === member?.id;
            return (
              <MentorshipEntry
                key={msg.id}
                className={mine ? 'hb-message hb-message--mine' : 'hb-message'}
                meta={
                  <>
                    <strong>{mine ? t('space.you') : msg.author.displayName}</strong>{' '}
                    <time dateTime={msg.createdAt}>{formatWhen(msg.createdAt, language)}</time>
                  </>
                }
                text={msg.body}
              />
            );
          })}
        </ol>
      )}
    >
      {active ? (
        <EntryForm
          // Bound on submit, not while rendering: onSubmit reads the idempotency key's ref.
          onSubmit={(e) => submit(onSubmit)(e)}
          notice={{ error: post.error, field: 'body', text: post.variables?.body }}
          pending={post.isPending}
          submitLabel={post.isPending ? t('space.sending') : t('space.send')}
        >
          {/* Field errors stand under the field; any other failure is said here. */}
          <ProblemAlert
            call={{
              isError:
                post.isError && !(post.error instanceof ApiError && post.error.fieldErrors.length),
              error: post.error,
            }}
            text={problem}
          />
          <Textfield
            multiline
            rows={3}
            label={t('space.message')}
            description={t('space.messageHint')}
            error={message(errors.body)}
            {...register('body')}
          />
        </EntryForm>
      ) : (
        <Paragraph data-size="sm">{t('space.readOnly')}</Paragraph>
      )}
    </QuerySection>
  );
}
