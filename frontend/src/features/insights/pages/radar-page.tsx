import '../insights.css';
import { Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Pager, pageCount } from '@/components/ui/pager';
import { useSearchParams } from 'react-router';
import { useRadar, useTerms } from '../api/insights';
import { radarReasons, type RadarReason, type Term } from '../api/types';
import { InsightsNav } from '../components/insights-nav';
import { RadarEntryCard } from '../components/radar-entry';
import { QueryState } from '@/components/ui/query-state';
import { PageTitle } from '@/components/ui/page-title';

/** The isolation radar: who may be left alone, why, and what a coordinator can do. */
export function RadarPage() {
  const { t } = useTranslation('insights');
  const [params, setParams] = useSearchParams();
  const reason = (params.get('reason') ?? '') as RadarReason | '';
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const radar = useRadar(reason, page);
  const terms = useTerms();
  const byId = new Map<number, Term>((terms.data ?? []).map((x) => [x.id, x]));
  const go = (next: { reason?: string; page?: number }) => {
    const p = new URLSearchParams();
    const r = next.reason ?? reason;
    if (r) p.set('reason', r);
    if (next.page) p.set('page', String(next.page));
    setParams(p);
  };
  return (
    <div className="hb-stack">
      <PageTitle>{t('radar.title')}</PageTitle>
      <InsightsNav />
      <Paragraph>{t('radar.lead')}</Paragraph>
      <Field>
        <Label htmlFor="radar-reason">{t('radar.filter')}</Label>
        <Select
          id="radar-reason"
          value={reason}
          onChange={(e) => go({ reason: e.target.value, page: 0 })}
        >
          <Select.Option value="">{t('radar.allReasons')}</Select.Option>
          {radarReasons.map((r) => (
            <Select.Option key={r} value={r}>
              {t(`radar.reasonNames.${r}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <QueryState
        query={radar}
        ns="insights"
        rows={3}
        height="4rem"
        empty={<Paragraph>{t('radar.empty')}</Paragraph>}
        isEmpty={(data) => data.items.length === 0}
      >
        {(data) => (
          <>
            <Paragraph data-size="sm">{t('radar.count', { count: data.total })}</Paragraph>
            <ul className="hb-radar">
              {data.items.map((e) => (
                <li key={e.memberId}>
                  <RadarEntryCard entry={e} terms={byId} />
                </li>
              ))}
            </ul>
            <Pager
              page={page}
              totalPages={pageCount(data.total, data.size)}
              size="sm"
              onPage={(p) => go({ page: p })}
            />
          </>
        )}
      </QueryState>
    </div>
  );
}
