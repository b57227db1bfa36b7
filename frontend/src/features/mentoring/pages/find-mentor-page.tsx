import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/components/ui/require-role';
import { MentoringNav } from '../components/mentoring-nav';
import { MentorDirectory } from '../components/find/mentor-directory';
import { BecomeMentor, QuestionsTeaser } from '../components/find/side-cards';
import { SuggestionsSection } from '../components/find/suggestions';
import '../mentoring.css';
import { PageTitle } from '@/components/ui/page-title';

export function FindMentorPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <FindMentor />
    </RequireRole>
  );
}

function FindMentor() {
  const { t } = useTranslation('mentoring');
  return (
    <div className="hb-stack">
      <PageTitle>{t('find.title')}</PageTitle>
      <MentoringNav />
      <Paragraph>{t('find.lead')}</Paragraph>
      <div className="hb-columns">
        <div className="hb-stack">
          <SuggestionsSection />
          <MentorDirectory />
        </div>
        <aside className="hb-stack" aria-label={t('find.becomeTitle')}>
          <QuestionsTeaser />
          <BecomeMentor />
        </aside>
      </div>
    </div>
  );
}
