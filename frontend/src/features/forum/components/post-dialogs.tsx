import { Button } from '@digdir/designsystemet-react';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostView } from '../api/types';

/** The reason a forum action sent, for the patient-data explanation under its field. */
export function sentReason(variables: { body?: unknown } | undefined) {
  return (variables?.body as { reason?: string } | undefined)?.reason;
}

// Built when first opened, not for every post on the page (ADR 0021), from a chunk of their own:
// a reader on a slow phone gets the posts without the form code (issue 14).
const DeletePostDialog = lazy(() =>
  import('./post-dialog-forms').then((m) => ({ default: m.DeletePostDialog })),
);
const HidePostDialog = lazy(() =>
  import('./post-dialog-forms').then((m) => ({ default: m.HidePostDialog })),
);

type PostDialog = ComponentType<{ post: PostView; open: boolean; onClose: () => void }>;

/**
 * A button and its dialog: the dialog is built when first opened and afresh at each opening (no
 * refusal or reason left from the last time); after closing it stays, so FormDialog returns the
 * focus to the button.
 */
function LazyDialogButton({
  post,
  label,
  Dialog,
}: {
  post: PostView;
  label: string;
  Dialog: PostDialog;
}) {
  const [opened, setOpened] = useState(0);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="tertiary"
        data-size="sm"
        aria-haspopup="dialog"
        onClick={() => {
          setOpened((n) => n + 1);
          setOpen(true);
        }}
      >
        {label}
      </Button>
      {opened > 0 ? (
        <Suspense fallback={null}>
          <Dialog key={opened} post={post} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}

/** "Delete" on one's own post, confirmed in a dialog (a coordinator can restore it). */
export function DeletePostButton({ post }: { post: PostView }) {
  const { t } = useTranslation('forum');
  return <LazyDialogButton post={post} label={t('post.delete')} Dialog={DeletePostDialog} />;
}

/** A coordinator hides a post, with an optional reason written to the audit log. */
export function HidePostButton({ post }: { post: PostView }) {
  const { t } = useTranslation('forum');
  return <LazyDialogButton post={post} label={t('moderation.hide')} Dialog={HidePostDialog} />;
}
