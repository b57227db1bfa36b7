import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/components/ui/require-role';
import { MentoringNav } from '../components/mentoring-nav';
import { MyQuestions, OffersSection } from '../components/questions/question-sections';
import '../mentoring.css';
import { PageTitle } from '@/components/ui/page-title';

export function QuestionsPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Questions />
    </RequireRole>
  );
}

function Questions() {
  const { t } = useTranslation('mentoring');
  return (
    <div className="hb-stack">
      <PageTitle>{t('questions.title')}</PageTitle>
      <MentoringNav />
      <Paragraph>{t('questions.lead')}</Paragraph>
      <div className="hb-columns">
        <OffersSection />
        <MyQuestions />
      </div>
    </div>
  );
}
