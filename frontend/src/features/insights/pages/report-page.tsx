import '../insights.css';
import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { saveFile } from '@/lib/api-client';
import { hasRole, useSession } from '@/lib/session';
import { fetchReport } from '../api/insights';
import { InsightsNav } from '../components/insights-nav';
import { useProblemText } from '@/lib/forms/problem-text';
import { PageTitle } from '@/components/ui/page-title';

function isoDay(d: Date) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(d);
}

/**
 * The contribution report to hand a manager: the member's own, or (coordinators, audited) any
 * member's with ?member=ID. PDF to print, CSV for a spreadsheet.
 */
export function ReportPage() {
  const { t } = useTranslation('insights');
  const { member } = useSession();
  const [params] = useSearchParams();
  const coordinator = hasRole(member, 'COORDINATOR');
  const memberId = coordinator && params.get('member') ? Number(params.get('member')) : member?.id;
  const today = new Date();
  const [from, setFrom] = useState(isoDay(new Date(today.getTime() - 364 * 86_400_000)));
  const [to, setTo] = useState(isoDay(today));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problemText = useProblemText('insights');
  const get = async (format: 'pdf' | 'csv') => {
    if (!memberId) return;
    setBusy(true);
    setError(null);
    try {
      const file = await fetchReport(memberId, from, to, format);
      saveFile(file.blob, file.fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="hb-stack">
      <PageTitle>{t('report.title')}</PageTitle>
      {coordinator ? <InsightsNav /> : null}
      <Paragraph>{memberId !== member?.id ? t('report.forMember') : t('report.lead')}</Paragraph>
      <div className="hb-report-form">
        <Textfield
          label={t('filters.from')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <Textfield
          label={t('filters.to')}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
        <Button disabled={busy} onClick={() => void get('pdf')}>
          {t('report.pdf')}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => void get('csv')}>
          {t('report.csv')}
        </Button>
      </div>
      {error ? (
        <Alert data-color="danger" role="alert">
          {problemText(error)}
        </Alert>
      ) : null}
    </div>
  );
}
