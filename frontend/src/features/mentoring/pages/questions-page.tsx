import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/components/ui/require-role';
import { useDocumentTitle } from '@/lib/use-document-title';
import { MentoringNav } from '../components/mentoring-nav';
import { MyQuestions, OffersSection } from '../components/questions/question-sections';
import '../mentoring.css';

export function QuestionsPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Questions />
    </RequireRole>
  );
}

function Questions() {
  const { t } = useTranslation('mentoring');
  useDocumentTitle(t('questions.title'));
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('questions.title')}
      </Heading>
      <MentoringNav />
      <Paragraph>{t('questions.lead')}</Paragraph>
      <div className="hb-columns">
        <OffersSection />
        <MyQuestions />
      </div>
    </div>
  );
}
