import '../moderation.css';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { ApiError } from '@/lib/api-client';
import { useAuditLog } from '../api/moderation';
import { AuditEntryCard } from '../components/audit-entry';
import { AuditFilters, queryOf } from '../components/audit-filters';
import { PageTitle } from '@/components/ui/page-title';

/** Coordinators read and filter the append-only audit log, newest first. */
export function AuditPage() {
  const { t } = useTranslation('moderation');
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const log = useAuditLog({ ...query, page });

  const goTo = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 0) next.set('page', String(p));
    else next.delete('page');
    setParams(next);
  };

  const badField = log.error instanceof ApiError ? (log.error.fieldErrors[0]?.field ?? null) : null;

  return (
    <div className="hb-stack">
      <CoordinatorNav />
      <PageTitle>{t('audit.title')}</PageTitle>
      <Paragraph>{t('audit.lead')}</Paragraph>
      <AuditFilters
        key={params.toString()}
        query={query}
        onApply={setParams}
        onReset={() => setParams({})}
      />
      {log.isError ? (
        <Alert data-color="danger" role="alert">
          {badField
            ? t('audit.badFilter', {
                field: t(`audit.${badField}` as 'audit.from', { defaultValue: badField }),
              })
            : t('audit.loadFailed')}
        </Alert>
      ) : !log.data ? (
        <Skeleton variant="rectangle" height="10rem" />
      ) : log.data.items.length === 0 ? (
        <Paragraph>{t('audit.empty')}</Paragraph>
      ) : (
        <ol className="hb-mod-list" aria-label={t('audit.title')}>
          {log.data.items.map((entry) => (
            <li key={entry.id}>
              <AuditEntryCard entry={entry} />
            </li>
          ))}
        </ol>
      )}
      {log.data && (page > 0 || log.data.hasMore) ? (
        <div className="hb-mod-actions">
          <Button
            variant="secondary"
            data-size="sm"
            disabled={page === 0}
            onClick={() => goTo(page - 1)}
          >
            {t('audit.previous')}
          </Button>
          <span className="hb-mod-muted">{t('audit.page', { n: page + 1 })}</span>
          <Button
            variant="secondary"
            data-size="sm"
            disabled={!log.data.hasMore}
            onClick={() => goTo(page + 1)}
          >
            {t('audit.next')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
