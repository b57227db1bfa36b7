import { useState } from 'react';

/**
 * Whether a button's dialog is open, and whether it has been built: a dialog is built when first
 * opened, not for every row of a page (ADR 0021), and stays so that closing returns the focus as
 * FormDialog does. `show()` runs `onOpen` first (reset the form and the last refusal).
 */
export function useDialogState(onOpen?: () => void) {
  const [open, setOpen] = useState(false);
  const [built, setBuilt] = useState(false);
  if (open && !built) setBuilt(true);
  return {
    open,
    built: built || open,
    show: () => {
      onOpen?.();
      setOpen(true);
    },
    close: () => setOpen(false),
  };
}
