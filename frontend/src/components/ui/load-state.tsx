import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { Skeleton } from './skeleton';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemText, type ProblemNamespace } from '@/lib/forms/problem-text';

/**
 * The shape of what is loading (the skeletons in `children`), busy for assistive technology and
 * announced by `label` (the common "Loading…" unless the feature says more).
 */
export function LoadingShape({ label, children }: { label?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="hb-stack" aria-busy="true">
      <span className="hb-visually-hidden" role="status">
        {label ?? t('loading')}
      </span>
      {children}
    </div>
  );
}

/** A placeholder of a list's height while it loads, announced to screen readers. */
export function ListSkeleton({
  rows = 3,
  height = '5rem',
  label,
}: {
  rows?: number;
  height?: string;
  label?: string;
}) {
  return (
    <LoadingShape label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} variant="rectangle" height={height} />
      ))}
    </LoadingShape>
  );
}

/** A failed load: what happened, in the feature's words, and a button to try again. */
export function LoadError({
  error,
  retry,
  ns,
}: {
  error: unknown;
  retry: () => void;
  ns: ProblemNamespace;
}) {
  const { t } = useTranslation();
  const text = useProblemText(ns);
  return (
    <Alert data-color="danger">
      <p className="hb-alert-text">{text(error)}</p>
      <Button variant="secondary" data-size="sm" onClick={retry}>
        {t('error.retry')}
      </Button>
    </Alert>
  );
}

/** A list with nothing in it: one sentence on why, and what to do. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <Paragraph>{children}</Paragraph>;
}
