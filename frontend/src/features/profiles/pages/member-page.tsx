import { Alert, Heading, Paragraph, Skeleton, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireRole } from '@/components/ui/require-role';
import { ApiError } from '@/lib/api-client';
import { formatDate, formatNumber, formatWhen } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useSession } from '@/lib/session';
import { useMemberProfile, type MemberProfile } from '../api/profiles';
import { termName, type TermRef } from '../api/taxonomies';
import { MemberAvatar } from '../components/member-avatar';
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
    const notFound = profile.error instanceof ApiError && profile.error.status === 404;
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

function Terms({ terms }: { terms: TermRef[] }) {
  const { language } = useLanguage();
  return (
    <ul className="hb-tags">
      {terms.map((term) => (
        <li key={term.id}>
          <Tag data-color="neutral">{termName(term, language)}</Tag>
        </li>
      ))}
    </ul>
  );
}

function Profile({ profile }: { profile: MemberProfile }) {
  const { t } = useTranslation('profiles');
  const { language } = useLanguage();
  const { member } = useSession();
  const mine = member?.id === profile.id;
  const work: [string, string][] = [
    [t('fields.background'), termName(profile.background, language)],
    [t('fields.workplaceType'), termName(profile.workplaceType, language)],
    [t('fields.organisation'), profile.organisation ?? ''],
    [t('fields.region'), termName(profile.region, language)],
    [t('fields.county'), termName(profile.county, language)],
    [t('fields.shiftPattern'), profile.shiftPattern ? t(`shift.${profile.shiftPattern}`) : ''],
  ];
  const shown = work.filter(([, value]) => value);

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
          <section className="hb-stack">
            <Heading level={2} data-size="sm">
              {t('member.contributions')}
            </Heading>
            {Object.keys(profile.totals ?? {}).length > 0 && (
              <dl className="hb-totals" aria-label={t('member.totals.label')}>
                {Object.entries(profile.totals).map(([code, value]) => (
                  <div key={code} className="hb-totals__item">
                    <dt>
                      {t(`member.totals.${code}` as 'member.totals.topics', { defaultValue: code })}
                    </dt>
                    <dd>{formatNumber(value, language)}</dd>
                  </div>
                ))}
              </dl>
            )}
            {profile.contributions.length === 0 ? (
              <Paragraph>{t('member.noContributions', { name: profile.displayName })}</Paragraph>
            ) : (
              <ul className="hb-stack">
                {profile.contributions.map((c) => (
                  <li key={`${c.path}-${c.at}`}>
                    <Link to={c.path} className="ds-link">
                      {c.title}
                    </Link>{' '}
                    <span>
                      ·{' '}
                      {t(`member.kind.${c.kind}` as 'member.kind.question', {
                        defaultValue: c.kind,
                      })}{' '}
                      · {formatWhen(c.at, language)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside className="hb-stack">
          {shown.length > 0 && (
            <section className="hb-stack">
              <Heading level={2} data-size="sm">
                {t('member.work')}
              </Heading>
              <dl className="hb-facts">
                {shown.map(([label, value]) => (
                  <div key={label} className="hb-facts__row">
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
          {(profile.systemsUsed.length > 0 || profile.systemsKnown.length > 0) && (
            <section className="hb-stack">
              <Heading level={2} data-size="sm">
                {t('member.systems')}
              </Heading>
              {profile.systemsUsed.length > 0 && (
                <>
                  <Heading level={3} data-size="2xs">
                    {t('member.usesLabel')}
                  </Heading>
                  <Terms terms={profile.systemsUsed} />
                </>
              )}
              {profile.systemsKnown.length > 0 && (
                <>
                  <Heading level={3} data-size="2xs">
                    {t('member.knowsLabel')}
                  </Heading>
                  <Terms terms={profile.systemsKnown} />
                </>
              )}
            </section>
          )}
          {profile.expertise.length > 0 && (
            <section className="hb-stack">
              <Heading level={2} data-size="sm">
                {t('fields.expertise')}
              </Heading>
              <Terms terms={profile.expertise} />
            </section>
          )}
          {profile.languages.length > 0 && (
            <section className="hb-stack">
              <Heading level={2} data-size="sm">
                {t('fields.languages')}
              </Heading>
              <Terms terms={profile.languages} />
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}
