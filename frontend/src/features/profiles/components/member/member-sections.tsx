import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber, formatWhen } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import type { MemberProfile } from '../../api/profiles';
import { termName, type TermRef } from '../../api/taxonomies';
import { FactList } from '@/components/ui/fact-list';

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

/** What the member has written: totals by kind and the latest contributions. */
export function MemberContributions({ profile }: { profile: MemberProfile }) {
  const { t } = useTranslation('profiles');
  const { language } = useLanguage();
  return (
    <section className="hb-stack">
      <Heading level={2} data-size="sm">
        {t('member.contributions')}
      </Heading>
      {Object.keys(profile.totals ?? {}).length > 0 && (
        <dl className="hb-member-totals" aria-label={t('member.totals.label')}>
          {Object.entries(profile.totals).map(([code, value]) => (
            <div key={code} className="hb-member-totals__item">
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
  );
}

/** Where the member works, the systems they use and know, their expertise and languages. */
export function MemberFacts({ profile }: { profile: MemberProfile }) {
  const { t } = useTranslation('profiles');
  const { language } = useLanguage();
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
    <aside className="hb-stack">
      {shown.length > 0 && (
        <section className="hb-stack">
          <Heading level={2} data-size="sm">
            {t('member.work')}
          </Heading>
          <FactList facts={shown} layout="pairs" />
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
  );
}
