import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormDialog } from '@/components/ui/form-dialog';
import { ReasonField } from '@/components/ui/reason-field';
import { useDialogState } from '@/components/ui/use-dialog-state';
import { useDialogForm } from '@/lib/forms/use-dialog-form';
import { useForumAction } from '../api/topics';
import type { PostView } from '../api/types';
import { useActionProblem } from './problems';

/** The reason a forum action sent, for the patient-data explanation under its field. */
export function sentReason(variables: { body?: unknown } | undefined) {
  return (variables?.body as { reason?: string } | undefined)?.reason;
}

/** "Delete" on one's own post, confirmed in a dialog (a coordinator can restore it). */
export function DeletePostButton({ post }: { post: PostView }) {
  const { t } = useTranslation('forum');
  const action = useForumAction();
  const problem = useActionProblem();
  // Built when first opened, not for every post on the page (ADR 0021).
  const dialog = useDialogState(() => action.reset());
  return (
    <>
      <Button variant="tertiary" data-size="sm" aria-haspopup="dialog" onClick={dialog.show}>
        {t('post.delete')}
      </Button>
      {dialog.built ? (
        <FormDialog
          open={dialog.open}
          onClose={dialog.close}
          title={t('post.deleteTitle', { n: post.postNumber })}
          lead={t('post.deleteConfirm')}
          submitLabel={t('post.deleteSubmit')}
          danger
          busy={action.isPending}
          error={action.isError ? problem(action.error) : null}
          onSubmit={() =>
            action.mutate(
              { method: 'delete', path: `/posts/${post.id}` },
              { onSuccess: dialog.close },
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
  const dialog = useDialogForm(z.object({ reason: z.string() }), { reason: '' });
  const state = useDialogState(() => {
    action.reset();
    dialog.open();
  });
  return (
    <>
      <Button variant="tertiary" data-size="sm" aria-haspopup="dialog" onClick={state.show}>
        {t('moderation.hide')}
      </Button>
      {state.built ? (
        <FormDialog
          open={state.open}
          onClose={state.close}
          title={t('moderation.hideTitle', { n: post.postNumber })}
          lead={t('moderation.hideLead')}
          submitLabel={t('moderation.hideSubmit')}
          danger
          busy={action.isPending}
          error={action.isError ? problem(action.error) : null}
          onSubmit={dialog.submit(({ reason }) =>
            action.mutate(
              { method: 'post', path: `/posts/${post.id}/hide`, body: { reason: reason.trim() } },
              { onSuccess: state.close },
            ),
          )}
        >
          <ReasonField
            label={t('moderation.reasonLabel')}
            description={t('moderation.reasonHint')}
            registration={dialog.form.register('reason')}
            refusal={action.error}
            sent={sentReason(action.variables)}
          />
        </FormDialog>
      ) : null}
    </>
  );
}
