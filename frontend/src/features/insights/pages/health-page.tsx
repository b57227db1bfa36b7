import '../insights.css';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useHealth, useRefreshFigures } from '../api/insights';
import type { HealthQuery } from '../api/types';
import { HealthCharts } from '../components/health-charts';
import { HealthFilters } from '../components/health-filters';
import { HealthTotals } from '../components/health-totals';
import { InsightsNav } from '../components/insights-nav';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { PageTitle } from '@/components/ui/page-title';

const names = ['from', 'to', 'by', 'region', 'workplaceType', 'system'] as const;

/** Coordinators watch community health by week or month, filtered by region, workplace, system. */
export function HealthPage() {
  const { t } = useTranslation('insights');
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const query: HealthQuery = {};
  for (const n of names) {
    const v = params.get(n);
    if (v) (query as Record<string, string>)[n] = v;
  }
  const health = useHealth(query);
  const refresh = useRefreshFigures();
  const apply = (q: HealthQuery) => {
    const next = new URLSearchParams();
    for (const n of names) if (q[n]) next.set(n, q[n]);
    setParams(next);
  };
  return (
    <div className="hb-stack">
      <PageTitle>{t('health.title')}</PageTitle>
      <InsightsNav />
      <Paragraph>{t('health.lead')}</Paragraph>
      <HealthFilters query={query} onApply={apply} />
      {health.isLoading ? <ListSkeleton height="4rem" rows={4} /> : null}
      {health.isError ? (
        <LoadError ns="insights" error={health.error} retry={() => void health.refetch()} />
      ) : null}
      {health.data ? (
        <>
          <div className="hb-page-head">
            <Paragraph data-size="sm">
              {health.data.updatedAt
                ? t('health.updated', { at: formatDateTime(health.data.updatedAt, language) })
                : t('health.notYet')}
            </Paragraph>
            <Button
              variant="tertiary"
              data-size="sm"
              disabled={refresh.isPending}
              onClick={() => refresh.mutate()}
            >
              {refresh.isSuccess ? t('health.refreshing') : t('health.refresh')}
            </Button>
          </div>
          <HealthTotals view={health.data} />
          <HealthCharts view={health.data} />
        </>
      ) : null}
    </div>
  );
}
