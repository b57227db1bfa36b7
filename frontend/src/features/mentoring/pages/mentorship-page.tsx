import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { RequireRole } from '@/components/ui/require-role';
import { isNotFound } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMentorship } from '../api/mentorships';
import { CheckIns } from '../components/mentorship/check-ins';
import { EndMentorship } from '../components/mentorship/end-mentorship';
import { Ended } from '../components/mentorship/ended';
import { Goals } from '../components/mentorship/goals';
import { Messages } from '../components/mentorship/messages';
import { MentoringNav } from '../components/mentoring-nav';
import '../mentoring.css';

export function MentorshipPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Space />
    </RequireRole>
  );
}

function Space() {
  const { t } = useTranslation('mentoring');
  const id = Number(useParams().id);
  const mentorship = useMentorship(id);
  const name = mentorship.data?.other.displayName;
  useDocumentTitle(name ? t('space.title', { name }) : t('nav.mine'));
  if (mentorship.isPending) {
    return (
      <div className="hb-stack">
        <Heading level={1} data-size="lg">
          {t('nav.mine')}
        </Heading>
        <ListSkeleton />
      </div>
    );
  }
  if (mentorship.isError) {
    const notFound = isNotFound(mentorship.error);
    return (
      <div className="hb-stack">
        <Heading level={1} data-size="lg">
          {t('nav.mine')}
        </Heading>
        {notFound ? (
          <Paragraph>{t('errors.not-found')}</Paragraph>
        ) : (
          <LoadError
            ns="mentoring"
            error={mentorship.error}
            retry={() => void mentorship.refetch()}
          />
        )}
        <Link to="/mentoring/mine" className="ds-link">
          {t('space.back')}
        </Link>
      </div>
    );
  }
  const m = mentorship.data;
  const active = m.status === 'ACTIVE';
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('space.title', { name: m.other.displayName })}
      </Heading>
      <MentoringNav />
      <Paragraph>
        {m.role === 'MENTOR' ? t('space.youAreMentor') : t('space.youAreMentee')}{' '}
        {t('space.privacy')}
      </Paragraph>
      {!active && <Ended mentorship={m} />}
      <div className="hb-columns">
        <Messages id={id} active={active} />
        <div className="hb-stack">
          <Goals id={id} active={active} />
          <CheckIns id={id} active={active} />
        </div>
      </div>
      {active && <EndMentorship mentorship={m} />}
      <Link to="/mentoring/mine" className="ds-link">
        {t('space.back')}
      </Link>
    </div>
  );
}
