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
import { z } from '@/lib/forms/zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { api, ApiError } from '@/lib/api-client';
import { forumKeys } from '../api/keys';
import type { PostView } from '../api/types';
import { flagReasons, type FlagReason, type FlagResult } from './flag-post';

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
 * The flag dialog of FlagPost: the reasons and an optional note, sent to the moderation API
 * (POST /posts/{id}/flags). Its own chunk (the form and schema libraries), loaded when the member
 * first presses "Flag"; it opens when it is built.
 */
export function FlagDialog({
  post,
  onResult,
}: {
  post: PostView;
  onResult: (result: FlagResult) => void;
}) {
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
  // Built afresh at each opening (FlagPost keys it), so no refusal is left from the last time.
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
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
          onResult(view.postHidden ? 'thanksHidden' : 'thanks');
          dialog.current?.close();
          if (view.postHidden) void client.invalidateQueries({ queryKey: forumKeys.topics() });
        },
        onError: (err) => {
          if (err instanceof ApiError && err.problem.code === 'already-flagged') {
            onResult('already');
            dialog.current?.close();
          } else {
            setError(t('flag.failed'));
          }
        },
      },
    );
  };

  return (
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
  );
}
