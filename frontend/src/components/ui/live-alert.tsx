import { Alert } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * An alert read out as it appears: a failure as role="alert" (at once), a success as
 * role="status" (politely). Nothing while `shown` is false.
 */
export function LiveAlert({
  color,
  shown = true,
  size,
  children,
}: {
  color: 'danger' | 'success';
  shown?: boolean;
  /** "sm" inside a form or a card. */
  size?: 'sm';
  children: ReactNode;
}) {
  if (!shown) return null;
  return (
    <Alert data-color={color} data-size={size} role={color === 'danger' ? 'alert' : 'status'}>
      {children}
    </Alert>
  );
}

/** A failed call (a mutation, say) in the feature's words as a LiveAlert; nothing until it fails. */
export function ProblemAlert({
  call,
  text,
  size,
}: {
  call: { isError: boolean; error: unknown };
  text: (error: unknown) => ReactNode;
  size?: 'sm';
}) {
  if (!call.isError) return null;
  return (
    <LiveAlert color="danger" size={size}>
      {text(call.error)}
    </LiveAlert>
  );
}
