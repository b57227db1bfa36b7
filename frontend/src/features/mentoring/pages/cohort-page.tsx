import { Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/components/ui/require-role';
import type { CohortProposal } from '../api/types';
import { Candidates } from '../components/cohort/candidates';
import { ProposalReview } from '../components/cohort/proposal-review';
import { WeightsForm } from '../components/cohort/weights-form';
import { MentoringNav } from '../components/mentoring-nav';
import '../mentoring.css';
import { PageTitle } from '@/components/ui/page-title';

export function CohortPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Cohort />
    </RequireRole>
  );
}

function Cohort() {
  const { t } = useTranslation('mentoring');
  const [proposal, setProposal] = useState<CohortProposal | null>(null);
  return (
    <div className="hb-stack">
      <PageTitle>{t('cohort.title')}</PageTitle>
      <MentoringNav />
      <Paragraph>{t('cohort.lead')}</Paragraph>
      {proposal ? (
        <ProposalReview proposal={proposal} onDone={() => setProposal(null)} />
      ) : (
        <Candidates onProposal={setProposal} />
      )}
      <WeightsForm />
    </div>
  );
}
