import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/components/ui/require-role';
import { useDocumentTitle } from '@/lib/use-document-title';
import type { CohortProposal } from '../api/types';
import { Candidates } from '../components/cohort/candidates';
import { ProposalReview } from '../components/cohort/proposal-review';
import { WeightsForm } from '../components/cohort/weights-form';
import { MentoringNav } from '../components/mentoring-nav';
import '../mentoring.css';

export function CohortPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Cohort />
    </RequireRole>
  );
}

function Cohort() {
  const { t } = useTranslation('mentoring');
  useDocumentTitle(t('cohort.title'));
  const [proposal, setProposal] = useState<CohortProposal | null>(null);
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('cohort.title')}
      </Heading>
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
