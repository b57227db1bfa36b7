import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormDialogProps {
  /** Open as a modal dialog; closing (Escape, backdrop, Cancel, ×) calls onClose. */
  open: boolean;
  onClose: () => void;
  title: string;
  /** One or two sentences under the title: what will happen. */
  lead?: ReactNode;
  /** The fields, if the action needs any (a reason, a name, a search). */
  children?: ReactNode;
  submitLabel: string;
  /** A destructive action: the submit button is red. */
  danger?: boolean;
  busy?: boolean;
  /** A refusal to show above the buttons (already translated). */
  error?: string | null;
  onSubmit: () => void;
}

/**
 * A modal dialog with a form, instead of the browser's prompt/confirm: Designsystemet's Dialog
 * (a native modal <dialog>), focus moved to its first field (or its submit button) when it opens
 * and back to what had focus before when it closes, translated buttons, and a place for the
 * server's refusal. The caller validates and keeps the dialog open until the action succeeded.
 */
export function FormDialog({
  open,
  onClose,
  title,
  lead,
  children,
  submitLabel,
  danger,
  busy,
  error,
  onSubmit,
}: FormDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const submit = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open) {
      // Dialog's own effect (a child's, so it ran first) has called showModal() by now.
      returnTo.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const first = el.querySelector<HTMLElement>(
        'input:not([type=hidden]):not([disabled]), textarea:not([disabled]), select:not([disabled])',
      );
      (first ?? submit.current)?.focus();
      return;
    }
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus();
  }, [open]);

  const send = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <Dialog
      ref={dialog}
      open={open}
      // Escape and a click outside close the dialog at once, and its "close" event comes a moment
      // later: the caller hears of it on "cancel", so a button pressed in between opens the dialog
      // anew. A "close" event while the dialog is open again (from that button) is an old one.
      onCancel={onClose}
      onClose={() => {
        if (!dialog.current?.open) onClose();
      }}
      closedby="any"
      closeButton={t('dialog.close')}
      aria-labelledby={titleId}
    >
      <form className="hb-stack" onSubmit={send} noValidate>
        <Heading level={2} data-size="xs" id={titleId}>
          {title}
        </Heading>
        {lead ? <Paragraph>{lead}</Paragraph> : null}
        {children}
        {error ? (
          <Alert data-color="danger" data-size="sm" role="alert">
            {error}
          </Alert>
        ) : null}
        <div className="hb-dialog-actions">
          <Button
            ref={submit}
            type="submit"
            data-color={danger ? 'danger' : undefined}
            aria-disabled={busy || undefined}
          >
            {submitLabel}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('dialog.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
