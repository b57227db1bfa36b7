import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireRole } from '@/components/ui/require-role';
import { isNotFound } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMentor } from '../api/mentors';
import type { MentorView } from '../api/types';
import { MentorFacts } from '../components/mentor-facts';
import { MentoringNav } from '../components/mentoring-nav';
import { PlacesTag } from '../components/places-tag';
import '../mentoring.css';
import { QueryState } from '@/components/ui/query-state';
import { RequestPanel } from '../components/mentor/request-panel';
import { HeadedSection } from '@/components/ui/section';

export function MentorPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Mentor />
    </RequireRole>
  );
}

function Mentor() {
  const { t } = useTranslation('mentoring');
  const id = Number(useParams().id);
  const mentor = useMentor(id);
  useDocumentTitle(mentor.data?.mentor.displayName ?? t('mentor.title'));
  const notFound = isNotFound(mentor.error);
  return (
    <div className="hb-stack">
      {mentor.isSuccess ? (
        <MentorDetails view={mentor.data} />
      ) : (
        <>
          <Heading level={1} data-size="lg">
            {t('mentor.title')}
          </Heading>
          {notFound || Number.isNaN(id) ? (
            <>
              <Paragraph>{t('errors.not-found')}</Paragraph>
              <Link to="/mentoring" className="ds-link">
                {t('mentor.back')}
              </Link>
            </>
          ) : (
            <QueryState query={mentor} ns="mentoring" rows={2}>
              {() => null}
            </QueryState>
          )}
        </>
      )}
    </div>
  );
}

function MentorDetails({ view }: { view: MentorView }) {
  const { t } = useTranslation('mentoring');
  const m = view.mentor;
  return (
    <>
      <div className="hb-title-row">
        <Heading level={1} data-size="lg">
          {m.displayName}
        </Heading>
        <PlacesTag mentor={m} />
      </div>
      <MentoringNav />
      <div className="hb-columns">
        <div className="hb-stack">
          <HeadedSection id="hb-intro-title" title={t('mentor.introduction')} size="sm">
            <Paragraph className="hb-prewrap">
              {view.introduction ?? t('mentor.noIntroduction')}
            </Paragraph>
          </HeadedSection>
          <MentorFacts mentor={m} full />
          <Paragraph data-size="sm">
            {t('places.ofCapacity', { active: m.activeMentees, capacity: m.capacity })}
          </Paragraph>
        </div>
        <aside className="hb-stack" aria-labelledby="hb-request-title">
          <Heading level={2} data-size="sm" id="hb-request-title">
            {t('mentor.requestTitle')}
          </Heading>
          <RequestPanel view={view} />
        </aside>
      </div>
      <Link to="/mentoring" className="ds-link">
        {t('mentor.back')}
      </Link>
    </>
  );
}
