import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { bothQueries, QueryState } from '@/components/ui/query-state';
import { RequireRole } from '@/components/ui/require-role';
import { useMentoringOptions, useMyMentorProfile, useOptOut } from '../api/mentors';
import { MentoringNav } from '../components/mentoring-nav';
import { MentorProfileForm } from '../components/settings/mentor-profile-form';
import { OptOut } from '../components/settings/opt-out';
import '../mentoring.css';
import { PageTitle } from '@/components/ui/page-title';

export function SettingsPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Settings />
    </RequireRole>
  );
}

function Settings() {
  const { t } = useTranslation('mentoring');
  const profile = useMyMentorProfile();
  const options = useMentoringOptions();
  const optOut = useOptOut();
  return (
    <div className="hb-stack hb-narrow">
      <PageTitle>{t('settings.title')}</PageTitle>
      <MentoringNav />
      <QueryState query={bothQueries(profile, options)} ns="mentoring">
        {([mine, choices]) => (
          <>
            <Paragraph>{mine ? t('settings.leadMentor') : t('settings.leadNew')}</Paragraph>
            {optOut.isSuccess && !mine ? (
              <Alert data-color="success" role="status">
                {t('settings.optedOut')}
              </Alert>
            ) : null}
            <MentorProfileForm profile={mine} options={choices} />
            {mine ? <OptOut memberId={mine.memberId} optOut={optOut} /> : null}
          </>
        )}
      </QueryState>
    </div>
  );
}
