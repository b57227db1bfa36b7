import { Alert, Button, Skeleton } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useProblemText } from './problem-text';

/** A placeholder of a list's height while it loads. */
export function ListSkeleton({ rows = 3 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="hb-stack" aria-busy="true">
      <span className="hb-visually-hidden" role="status">
        {t('loading')}
      </span>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} variant="rectangle" height="5rem" />
      ))}
    </div>
  );
}

/** A failed load: what happened and a button to try again. */
export function LoadError({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation('mentoring');
  const text = useProblemText();
  return (
    <Alert data-color="danger">
      <p className="hb-alert-text">{text(error)}</p>
      <Button variant="secondary" data-size="sm" onClick={retry}>
        {t('common.retry')}
      </Button>
    </Alert>
  );
}
