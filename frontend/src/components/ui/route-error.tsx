import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NetworkError } from '@/lib/api-client';

/** Shown when a route fails to load (a lost connection while fetching its code, a crash). */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const network =
    error instanceof NetworkError ||
    (error instanceof TypeError && /fetch|import/i.test(error.message));
  return (
    <main id="main" className="hb-main hb-stack">
      <Heading level={1} data-size="lg">
        {t('error.title')}
      </Heading>
      <Alert data-color="danger">
        <Paragraph>{network ? t('error.network') : t('error.body')}</Paragraph>
        {isRouteErrorResponse(error) && <Paragraph data-size="sm">{error.status}</Paragraph>}
      </Alert>
      <Button onClick={() => window.location.reload()}>{t('error.retry')}</Button>
    </main>
  );
}
