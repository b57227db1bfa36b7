import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormDialog } from '@/components/ui/form-dialog';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { TextField } from '@/components/ui/text-field';
import { useDialogForm } from '@/lib/forms/use-dialog-form';
import { useForumAction } from '../api/topics';
import type { PostView } from '../api/types';
import { useActionProblem } from './problems';

/**
 * True from the first time `open` is true: a post's dialogs are built when first opened, not for
 * every post on the page (ADR 0021), and stay so that closing returns focus as FormDialog does.
 */
function useBuiltOnce(open: boolean) {
  const [built, setBuilt] = useState(open);
  if (open && !built) setBuilt(true);
  return built || open;
}

/** "Delete" on one's own post, confirmed in a dialog (a coordinator can restore it). */
export function DeletePostButton({ post }: { post: PostView }) {
  const { t } = useTranslation('forum');
  const action = useForumAction();
  const problem = useActionProblem();
  const [open, setOpen] = useState(false);
  const built = useBuiltOnce(open);
  return (
    <>
      <Button
        variant="tertiary"
        data-size="sm"
        aria-haspopup="dialog"
        onClick={() => {
          action.reset();
          setOpen(true);
        }}
      >
        {t('post.delete')}
      </Button>
      {built ? (
        <FormDialog
          open={open}
          onClose={() => setOpen(false)}
          title={t('post.deleteTitle', { n: post.postNumber })}
          lead={t('post.deleteConfirm')}
          submitLabel={t('post.deleteSubmit')}
          danger
          busy={action.isPending}
          error={action.isError ? problem(action.error) : null}
          onSubmit={() =>
            action.mutate(
              { method: 'delete', path: `/posts/${post.id}` },
              { onSuccess: () => setOpen(false) },
            )
          }
        />
      ) : null}
    </>
  );
}

/** A coordinator hides a post, with an optional reason written to the audit log. */
export function HidePostButton({ post }: { post: PostView }) {
  const { t } = useTranslation('forum');
  const action = useForumAction();
  const problem = useActionProblem();
  const [open, setOpen] = useState(false);
  const dialog = useDialogForm(z.object({ reason: z.string() }), { reason: '' });
  const built = useBuiltOnce(open);
  return (
    <>
      <Button
        variant="tertiary"
        data-size="sm"
        aria-haspopup="dialog"
        onClick={() => {
          action.reset();
          dialog.open();
          setOpen(true);
        }}
      >
        {t('moderation.hide')}
      </Button>
      {built ? (
        <FormDialog
          open={open}
          onClose={() => setOpen(false)}
          title={t('moderation.hideTitle', { n: post.postNumber })}
          lead={t('moderation.hideLead')}
          submitLabel={t('moderation.hideSubmit')}
          danger
          busy={action.isPending}
          error={action.isError ? problem(action.error) : null}
          onSubmit={dialog.submit(({ reason }) =>
            action.mutate(
              { method: 'post', path: `/posts/${post.id}/hide`, body: { reason: reason.trim() } },
              { onSuccess: () => setOpen(false) },
            ),
          )}
        >
          <TextField
            label={t('moderation.reasonLabel')}
            description={t('moderation.reasonHint')}
            multiline
            rows={3}
            limit={500}
            {...dialog.form.register('reason')}
          />
          <PatientDataNotice
            error={action.error}
            field="reason"
            text={(action.variables?.body as { reason?: string } | undefined)?.reason}
          />
        </FormDialog>
      ) : null}
    </>
  );
}
