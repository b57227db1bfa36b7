import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Dialog,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { api, ApiError } from '@/lib/api-client';
import { forumKeys } from '../api/keys';
import type { PostView } from '../api/types';

/** Why a member flags a post; the moderation module's FlagReason. */
export const flagReasons = ['SPAM', 'PATIENT_DATA', 'OFFENSIVE', 'OFF_TOPIC', 'OTHER'] as const;
type FlagReason = (typeof flagReasons)[number];

interface FlagForm {
  reason: FlagReason | null;
  note: string;
}

interface FlagView {
  id: number;
  postId: number;
  postHidden: boolean;
}

/**
 * "Flag" on someone else's post: a modal dialog with the reasons and an optional note, sent to
 * the moderation API (POST /posts/{id}/flags). A repeat flag (409 already-flagged) is told as such.
 * It stays mounted when the flag hides the post (`canFlag` false), so the thanks stay on screen.
 */
export function FlagPost({ post, canFlag }: { post: PostView; canFlag: boolean }) {
  const { t } = useTranslation('forum');
  const client = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const form = useForm<FlagForm>({
    resolver: zodResolver(
      z.object({
        reason: z.enum(flagReasons, { error: t('flag.chooseReason') }),
        note: z.string(),
      }),
    ) as unknown as Resolver<FlagForm>,
    defaultValues: { reason: null, note: '' },
  });
  // The refusal of a sent flag (the form's own check is on the reason).
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<'thanks' | 'thanksHidden' | 'already' | null>(null);
  // The dialog (five reasons and a note) is built when first opened, not for every post on the
  // page: a topic shows twenty posts, and on a slow phone each unopened dialog costs (ADR 0021).
  const [built, setBuilt] = useState(false);
  const openWhenBuilt = useRef(false);
  useEffect(() => {
    if (built && openWhenBuilt.current) {
      openWhenBuilt.current = false;
      dialog.current?.showModal();
    }
  }, [built]);
  const flag = useMutation({
    mutationFn: (body: { reason: FlagReason; note: string | null }) =>
      api.post<FlagView>(`/posts/${post.id}/flags`, body),
  });

  const submit = ({ reason, note }: FlagForm) => {
    if (!reason) return;
    setError(null);
    flag.mutate(
      { reason, note: note.trim() ? note.trim() : null },
      {
        onSuccess: (view) => {
          setResult(view.postHidden ? 'thanksHidden' : 'thanks');
          dialog.current?.close();
          if (view.postHidden) void client.invalidateQueries({ queryKey: forumKeys.topics() });
        },
        onError: (err) => {
          if (err instanceof ApiError && err.problem.code === 'already-flagged') {
            setResult('already');
            dialog.current?.close();
          } else {
            setError(t('flag.failed'));
          }
        },
      },
    );
  };

  if (!result && !canFlag) return null;
  return (
    <>
      {result ? (
        <span className="hb-muted hb-count" role="status">
          {t(`flag.${result}`)}
        </span>
      ) : (
        <Button
          variant="tertiary"
          data-size="sm"
          aria-label={t('flag.actionLabel', { n: post.postNumber })}
          aria-haspopup="dialog"
          onClick={() => {
            setError(null);
            if (dialog.current) {
              dialog.current.showModal();
            } else {
              openWhenBuilt.current = true;
              setBuilt(true);
            }
          }}
        >
          {t('flag.action')}
        </Button>
      )}
      {built ? (
        <Dialog ref={dialog} closedby="any" aria-labelledby={titleId}>
          <form className="hb-stack" onSubmit={(e) => void form.handleSubmit(submit)(e)} noValidate>
            <Heading level={2} data-size="xs" id={titleId}>
              {t('flag.title')}
            </Heading>
            <Paragraph data-size="sm">{t('flag.lead')}</Paragraph>
            <Fieldset>
              <Fieldset.Legend>{t('flag.reasonLegend')}</Fieldset.Legend>
              {flagReasons.map((r) => (
                <Radio
                  key={r}
                  value={r}
                  label={t(`flag.reasons.${r}`)}
                  {...form.register('reason', { onChange: () => setError(null) })}
                />
              ))}
            </Fieldset>
            <Textfield
              label={t('flag.note')}
              description={t('flag.noteHint')}
              multiline
              rows={3}
              maxLength={500}
              {...form.register('note')}
            />
            <PatientDataNotice error={flag.error} field="note" text={flag.variables?.note} />
            {(form.formState.errors.reason?.message ?? error) ? (
              <Alert data-color="danger" data-size="sm" role="alert">
                {form.formState.errors.reason?.message ?? error}
              </Alert>
            ) : null}
            <div className="hb-actions">
              <Button type="submit" disabled={flag.isPending}>
                {t('flag.submit')}
              </Button>
              <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
                {t('flag.cancel')}
              </Button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
