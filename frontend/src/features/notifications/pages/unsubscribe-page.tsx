import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUnsubscribe } from '../api/notifications';
import { useProblemText } from '@/lib/forms/problem-text';
import { PageTitle } from '@/components/ui/page-title';

/**
 * The page an unsubscribe link in a mail opens; works without signing in (the signed token in the
 * link decides). It asks before it acts, so a link preview in a mail program stops nothing.
 */
export function UnsubscribePage() {
  const { t } = useTranslation('notifications');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useUnsubscribe();
  const problemText = useProblemText('notifications');
  const scope = unsubscribe.data?.scope;
  return (
    <div className="hb-stack">
      <PageTitle>{t('unsubscribe.title')}</PageTitle>
      {scope ? (
        <Alert data-color="success" role="status">
          <p className="hb-alert-text">
            {t('unsubscribe.done', {
              what: t(`scope.${scope}` as 'scope.DAILY', { defaultValue: scope }),
            })}
          </p>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('unsubscribe.lead')}</Paragraph>
          <div>
            <Button
              disabled={!token || unsubscribe.isPending}
              onClick={() => unsubscribe.mutate(token)}
            >
              {t('unsubscribe.confirm')}
            </Button>
          </div>
        </>
      )}
      {unsubscribe.isError ? (
        <Alert data-color="danger">
          <p className="hb-alert-text">{problemText(unsubscribe.error)}</p>
        </Alert>
      ) : null}
      <Paragraph>
        <Link to="/notifications/settings" className="ds-link">
          {t('unsubscribe.settings')}
        </Link>
      </Paragraph>
    </div>
  );
}
