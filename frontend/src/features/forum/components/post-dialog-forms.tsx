import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { FormDialog } from '@/components/ui/form-dialog';
import { ReasonField } from '@/components/ui/reason-field';
import { useDialogForm } from '@/lib/forms/use-dialog-form';
import { useForumAction } from '../api/topics';
import type { PostView } from '../api/types';
import { sentReason } from './post-dialogs';
import { useActionProblem } from './problems';

interface Props {
  post: PostView;
  open: boolean;
  onClose: () => void;
}

/**
 * The dialogs of DeletePostButton and HidePostButton (post-dialogs.tsx): a chunk of their own
 * (the form and schema libraries), loaded when a member first opens one. Each opening builds a
 * fresh one (the buttons key it), so no refusal or reason is left from the last time.
 */
export function DeletePostDialog({ post, open, onClose }: Props) {
  const { t } = useTranslation('forum');
  const action = useForumAction();
  const problem = useActionProblem();
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('post.deleteTitle', { n: post.postNumber })}
      lead={t('post.deleteConfirm')}
      submitLabel={t('post.deleteSubmit')}
      danger
      busy={action.isPending}
      error={action.isError ? problem(action.error) : null}
      onSubmit={() =>
        action.mutate({ method: 'delete', path: `/posts/${post.id}` }, { onSuccess: onClose })
      }
    />
  );
}

/** A coordinator hides a post, with an optional reason written to the audit log. */
export function HidePostDialog({ post, open, onClose }: Props) {
  const { t } = useTranslation('forum');
  const action = useForumAction();
  const problem = useActionProblem();
  const dialog = useDialogForm(z.object({ reason: z.string() }), { reason: '' });
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('moderation.hideTitle', { n: post.postNumber })}
      lead={t('moderation.hideLead')}
      submitLabel={t('moderation.hideSubmit')}
      danger
      busy={action.isPending}
      error={action.isError ? problem(action.error) : null}
      onSubmit={dialog.submit(({ reason }) =>
        action.mutate(
          { method: 'post', path: `/posts/${post.id}/hide`, body: { reason: reason.trim() } },
          { onSuccess: onClose },
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
  );
}
