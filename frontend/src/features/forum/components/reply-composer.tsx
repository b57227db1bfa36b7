import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { LiveAlert } from '@/components/ui/live-alert';
import { ApiError } from '@/lib/api-client';
import { postReply, useInvalidateForum } from '../api/topics';
import type { CreatedView, PostView } from '../api/types';
import { useDraft } from '../hooks/use-draft';
import { usePostForm } from '../hooks/use-post-form';
import { useOutboxSend } from '../hooks/use-outbox-send';
import type { OutboxItem } from '../lib/outbox';
import { DraftStatusLine } from './draft-status';
import { MarkdownField } from './markdown-field';
import { toFormProblem } from './problems';
import { WaitingPosts } from './waiting-posts';

interface ReplyDraft {
  body: string;
  replyTo: { postId: number; postNumber: number; authorName: string } | null;
}

export interface ReplyComposerHandle {
  replyTo: (post: PostView) => void;
  quote: (post: PostView, text: string) => void;
}

interface Props {
  topicId: number;
  memberId: number;
  onPosted: (created: CreatedView) => void;
}

const empty: ReplyDraft = { body: '', replyTo: null };

/**
 * The reply form. What is typed is kept as a draft (browser and server); a submit carries an
 * idempotency key that is kept for retries of the same text, so a double click or a retry after
 * a dropped connection posts once.
 */
export const ReplyComposer = forwardRef<ReplyComposerHandle, Props>(function ReplyComposer(
  { topicId, memberId, onPosted },
  ref,
) {
  const { t } = useTranslation('forum');
  const draftKey = `reply-${topicId}`;
  const draft = useDraft<ReplyDraft>(draftKey, memberId, empty, (d) => !d.body.trim());
  const invalidate = useInvalidateForum();
  const { problem, setProblem, showProblem, check, error, patientData } = usePostForm<ReplyDraft>(
    z.object({ body: z.string().trim().min(1, t('composer.empty')) }),
    { values: draft.value },
  );
  const [sending, setSending] = useState(false);
  const send = useOutboxSend(draftKey, draft);
  const inFlight = useRef(false);
  const section = useRef<HTMLElement>(null);

  useImperativeHandle(ref, () => ({
    replyTo: (post) => {
      draft.update((d) => ({
        ...d,
        replyTo: {
          postId: post.id,
          postNumber: post.postNumber,
          authorName: post.author?.displayName ?? '',
        },
      }));
      section.current?.querySelector('textarea')?.focus();
    },
    quote: (post, text) => {
      const who = post.author
        ? `[@${post.author.displayName}](/members/${post.author.id})`
        : t('post.unknownAuthor');
      const quoted = text
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n');
      draft.update((d) => ({
        body: `${d.body ? `${d.body}\n\n` : ''}> ${t('composer.wrote', { who, n: post.postNumber })}\n>\n${quoted}\n\n`,
        replyTo: {
          postId: post.id,
          postNumber: post.postNumber,
          authorName: post.author?.displayName ?? '',
        },
      }));
      section.current?.querySelector('textarea')?.focus();
    },
  }));

  const submit = async () => {
    // A ref, not state: a double click arrives before React re-renders.
    if (inFlight.current) return;
    const body = draft.value.body;
    inFlight.current = true;
    if (!(await check(t('composer.empty')))) {
      inFlight.current = false;
      return;
    }
    setSending(true);
    setProblem(null);
    const request = { body, replyToPostId: draft.value.replyTo?.postId ?? null };
    // Without a connection the reply waits, with its key, and is sent when the connection is back.
    // The same text keeps its key: a retry is recognised as the same reply.
    const post = {
      kind: 'reply' as const,
      path: `/topics/${topicId}/posts`,
      body: request,
      topicId,
      href: `/forum/t/${topicId}`,
    };
    try {
      const created = await send(body, post, (idempotencyKey) =>
        postReply(topicId, request, idempotencyKey),
      );
      if (created) {
        await invalidate();
        onPosted(created);
      }
    } catch (e) {
      showProblem(toFormProblem(e, t));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  // A cancelled or refused reply comes back into the field (after what is there now, if anything).
  const giveBack = (item: OutboxItem, refused: boolean) => {
    const back = item.draft as ReplyDraft;
    draft.update((d) => ({
      body: d.body.trim() ? `${d.body}\n\n${back.body}` : back.body,
      replyTo: d.body.trim() ? d.replyTo : back.replyTo,
    }));
    if (refused && item.refusal)
      showProblem(toFormProblem(new ApiError(item.refusal.status, item.refusal.problem), t));
    return true;
  };

  return (
    <section ref={section} className="hb-card hb-stack hb-composer" aria-labelledby="hb-reply-h">
      <Heading level={2} data-size="xs" id="hb-reply-h">
        {t('composer.title')}
      </Heading>
      {draft.restored && draft.value.body ? (
        <Paragraph data-size="sm" className="hb-muted">
          {t('draft.restored')}
        </Paragraph>
      ) : null}
      {draft.value.replyTo ? (
        <Paragraph data-size="sm">
          {t('composer.replyingTo', {
            who: draft.value.replyTo.authorName || t('post.unknownAuthor'),
            n: draft.value.replyTo.postNumber,
          })}{' '}
          <Button
            variant="tertiary"
            data-size="sm"
            type="button"
            onClick={() => draft.update((d) => ({ ...d, replyTo: null }))}
          >
            {t('composer.clearReplyTo')}
          </Button>
        </Paragraph>
      ) : null}
      <WaitingPosts draftKey={draftKey} onReturn={giveBack} />
      <form
        className="hb-stack"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <MarkdownField
          label={t('composer.label')}
          name="body"
          value={draft.value.body}
          onChange={(body) => draft.update((d) => ({ ...d, body }))}
          error={error('body')}
          patientData={patientData('body')}
          rows={6}
        />
        <LiveAlert color="danger" size="sm" shown={problem != null}>
          {problem?.message}
        </LiveAlert>
        <div className="hb-actions">
          <Button type="submit" aria-disabled={sending || undefined}>
            {sending ? t('composer.sending') : t('composer.send')}
          </Button>
          <DraftStatusLine status={draft.status} />
        </div>
      </form>
    </section>
  );
});
