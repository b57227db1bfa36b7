import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireRole } from '@/components/ui/require-role';
import { isNotFound } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useSession } from '@/lib/session';
import { useMemberProfile, type MemberProfile } from '../api/profiles';
import { MemberAvatar } from '../components/member-avatar';
import { MemberContributions, MemberFacts } from '../components/member/member-sections';
import '../components/profiles.css';

export function MemberPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Member />
    </RequireRole>
  );
}

function Member() {
  const { t } = useTranslation('profiles');
  const { id } = useParams();
  const profile = useMemberProfile(Number(id));
  useDocumentTitle(profile.data?.displayName ?? t('directory.title'));
  if (profile.isPending) {
    return (
      <article className="hb-stack">
        <Skeleton variant="text" width="40%" />
        <Skeleton variant="rectangle" height="10rem" />
      </article>
    );
  }
  if (profile.isError) {
    const notFound = isNotFound(profile.error);
    return (
      <article className="hb-stack">
        <Heading level={1} data-size="lg">
          {t('directory.title')}
        </Heading>
        <Alert data-color={notFound ? 'info' : 'danger'} role="alert">
          {notFound ? t('member.notFound') : t('errors.network')}
        </Alert>
        <Link to="/members" className="ds-link">
          {t('directory.title')}
        </Link>
      </article>
    );
  }
  return <Profile profile={profile.data} />;
}

function Profile({ profile }: { profile: MemberProfile }) {
  const { t } = useTranslation('profiles');
  const { language } = useLanguage();
  const { member } = useSession();
  const mine = member?.id === profile.id;

  return (
    <article className="hb-stack">
      <div className="hb-member-head">
        <MemberAvatar name={profile.displayName} size="lg" />
        <div>
          <Heading level={1} data-size="lg">
            {profile.displayName}
          </Heading>
          {profile.title && <Paragraph data-size="lg">{profile.title}</Paragraph>}
          <Paragraph data-size="sm">
            {t('member.memberSince', { date: formatDate(profile.memberSince, language) })}
          </Paragraph>
        </div>
      </div>
      {mine && (
        <Paragraph>
          <Link to="/profile/edit" className="ds-link">
            {t('member.edit')}
          </Link>
        </Paragraph>
      )}
      <div className="hb-member-layout">
        <div className="hb-stack">
          {profile.bio && (
            <section className="hb-stack">
              <Heading level={2} data-size="sm">
                {t('member.about')}
              </Heading>
              <Paragraph>{profile.bio}</Paragraph>
            </section>
          )}
          <MemberContributions profile={profile} />
        </div>
        <MemberFacts profile={profile} />
      </div>
    </article>
  );
}
