import { Alert, Button, Skeleton } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '@/lib/api-client';

/** The member-facing text for a failed call, from the problem's code. */
export function useProblemText() {
  const { t } = useTranslation('notifications');
  return (error: unknown) => {
    if (error instanceof NetworkError) return t('errors.network');
    if (error instanceof ApiError) {
      const code = error.problem.code;
      if (code)
        return t(`errors.${code}` as 'errors.generic', { defaultValue: t('errors.generic') });
    }
    return t('errors.generic');
  };
}

export function Loading({ rows = 3 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="hb-stack" aria-busy="true">
      <span className="hb-visually-hidden" role="status">
        {t('loading')}
      </span>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} variant="rectangle" height="3.5rem" />
      ))}
    </div>
  );
}

export function LoadError({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation('notifications');
  const text = useProblemText();
  return (
    <Alert data-color="danger">
      <p className="hb-alert-text">{text(error)}</p>
      <Button variant="secondary" data-size="sm" onClick={retry}>
        {t('retry')}
      </Button>
    </Alert>
  );
}
