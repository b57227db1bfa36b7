import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '@/lib/use-language';
import type { MemberCard } from '../../api/profiles';
import { termName } from '../../api/taxonomies';
import { MemberAvatar } from '../member-avatar';

/** One member in the directory: name (a link to the profile), title, background and place. */
export function MemberResult({ member: m }: { member: MemberCard }) {
  const { language } = useLanguage();
  return (
    <Card data-color="neutral">
      <div className="hb-member-card">
        <MemberAvatar name={m.displayName} />
        <div className="hb-member-card__text">
          <Heading level={3} data-size="2xs">
            <Link to={`/members/${m.id}`} className="ds-link">
              {m.displayName}
            </Link>
          </Heading>
          {(m.title ?? m.background) && (
            <Paragraph data-size="sm">
              {[m.title, termName(m.background, language)].filter(Boolean).join(' · ')}
            </Paragraph>
          )}
          <Paragraph data-size="sm">
            {[m.organisation, termName(m.workplaceType, language), termName(m.region, language)]
              .filter(Boolean)
              .join(' · ')}
          </Paragraph>
        </div>
      </div>
    </Card>
  );
}

/** Previous and next as links that keep the search, with "page n of m" between them. */
export function DirectoryPager({
  current,
  pages,
  params,
}: {
  current: number;
  pages: number;
  params: URLSearchParams;
}) {
  const { t } = useTranslation('profiles');
  if (pages <= 1) return null;
  const pageLink = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    return `?${next.toString()}`;
  };
  return (
    <nav aria-label={t('directory.pagination')} className="hb-pager">
      {current > 1 && (
        <Link to={pageLink(current - 1)} className="ds-link">
          {t('directory.previous')}
        </Link>
      )}
      <span>{t('directory.pageOf', { page: current, pages })}</span>
      {current < pages && (
        <Link to={pageLink(current + 1)} className="ds-link">
          {t('directory.next')}
        </Link>
      )}
    </nav>
  );
}
