import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { RequireRole } from '@/components/ui/require-role';
import { useStatistics } from '../api/coordination';
import { MentoringNav } from '../components/mentoring-nav';
import { Figures } from '../components/statistics/figures';
import '../mentoring.css';
import { PageTitle } from '@/components/ui/page-title';

export function StatisticsPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Statistics />
    </RequireRole>
  );
}

function Statistics() {
  const { t } = useTranslation('mentoring');
  const stats = useStatistics();
  return (
    <div className="hb-stack">
      <PageTitle>{t('statistics.title')}</PageTitle>
      <MentoringNav />
      <QueryState query={stats} ns="mentoring">
        {(data) => <Figures stats={data} />}
      </QueryState>
    </div>
  );
}
