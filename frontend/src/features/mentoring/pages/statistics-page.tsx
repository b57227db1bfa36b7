import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { RequireRole } from '@/components/ui/require-role';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useStatistics } from '../api/coordination';
import { MentoringNav } from '../components/mentoring-nav';
import { Figures } from '../components/statistics/figures';
import '../mentoring.css';

export function StatisticsPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Statistics />
    </RequireRole>
  );
}

function Statistics() {
  const { t } = useTranslation('mentoring');
  useDocumentTitle(t('statistics.title'));
  const stats = useStatistics();
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('statistics.title')}
      </Heading>
      <MentoringNav />
      <QueryState query={stats} ns="mentoring">
        {(data) => <Figures stats={data} />}
      </QueryState>
    </div>
  );
}
