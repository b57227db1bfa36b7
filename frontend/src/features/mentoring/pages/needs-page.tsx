import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { bothQueries, QueryState } from '@/components/ui/query-state';
import { RequireRole } from '@/components/ui/require-role';
import { useMentoringOptions, useMyNeeds } from '../api/mentors';
import { NeedsForm } from '../components/needs/needs-form';
import { MentoringNav } from '../components/mentoring-nav';
import '../mentoring.css';
import { PageTitle } from '@/components/ui/page-title';

export function NeedsPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Needs />
    </RequireRole>
  );
}

function Needs() {
  const { t } = useTranslation('mentoring');
  const needs = useMyNeeds();
  const options = useMentoringOptions();
  return (
    <div className="hb-stack hb-narrow">
      <PageTitle>{t('needs.title')}</PageTitle>
      <MentoringNav />
      <Paragraph>{t('needs.lead')}</Paragraph>
      <QueryState query={bothQueries(needs, options)} ns="mentoring">
        {([mine, choices]) => <NeedsForm needs={mine} options={choices} />}
      </QueryState>
    </div>
  );
}
