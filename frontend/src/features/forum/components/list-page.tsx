import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useSession } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useCategories, useTopicList, type TopicListQuery } from '../api/topics';
import { listPageSize } from '../api/list-query';
import { CategoryFollowButton, FollowTag } from './follow';
import { ListFilters, useListParams, type FilterName } from './list-filters';
import { TopicList } from './topic-list';

interface Props {
  title: string;
  lead?: ReactNode;
  defaults?: TopicListQuery;
  filters: FilterName[];
  emptyText: string;
  newHref?: string;
  newLabel?: string;
  aside?: ReactNode;
}

/** A topic list page: heading, filters in the URL, the list, and the categories beside it. */
export function ListPage({
  title,
  lead,
  defaults,
  filters,
  emptyText,
  newHref,
  newLabel,
  aside,
}: Props) {
  const { t } = useTranslation('forum');
  useDocumentTitle(title);
  const { query, set, setPage } = useListParams(defaults);
  const list = useTopicList({ ...query, size: listPageSize });
  const { member } = useSession();
  return (
    <div className="hb-columns">
      <section className="hb-stack" aria-labelledby="hb-list-title">
        <div className="hb-page-head">
          <Heading level={1} data-size="lg" id="hb-list-title">
            {title}
          </Heading>
          {newHref ? (
            <Link to={newHref} className="ds-button hb-button-link" data-variant="primary">
              {newLabel ?? t('actions.newTopic')}
            </Link>
          ) : null}
        </div>
        {lead ? <div className="hb-lead">{lead}</div> : null}
        <ListFilters show={filters} query={query} set={set} />
        {query.tag ? (
          <Paragraph data-size="sm">
            {t('filters.taggedWith', { tag: query.tag })}{' '}
            <DsLink asChild>
              <button type="button" className="hb-linkbutton" onClick={() => set('tag', null)}>
                {t('filters.clearTag')}
              </button>
            </DsLink>
          </Paragraph>
        ) : null}
        {query.tag && member ? <FollowTag name={query.tag} /> : null}
        <TopicList
          list={list}
          emptyText={emptyText}
          pager={{ page: query.page ?? 0, onPage: setPage }}
        />
      </section>
      <aside className="hb-stack" aria-label={t('categories.title')}>
        {aside}
        <CategoryNav />
      </aside>
    </div>
  );
}

export function CategoryNav() {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const { member } = useSession();
  const categories = useCategories();
  return (
    <nav className="hb-card" aria-labelledby="hb-cat-nav">
      <Heading level={2} data-size="xs" id="hb-cat-nav">
        {t('categories.title')}
      </Heading>
      {categories.isLoading ? (
        <Skeleton variant="text" width={20} />
      ) : (
        <ul className="hb-category-nav">
          <li>
            <NavLink to="/forum" end className="hb-category-nav__link">
              {t('latest.title')}
            </NavLink>
          </li>
          {(categories.data ?? []).map((c) => {
            const name = language === 'en' ? c.nameEn : c.nameNb;
            return (
              <li key={c.id} className="hb-category-nav__row">
                <NavLink to={`/forum/c/${c.slug}`} className="hb-category-nav__link">
                  {name}
                </NavLink>
                {member ? <CategoryFollowButton category={c} name={name} compact /> : null}
              </li>
            );
          })}
          <li>
            <NavLink to="/bookmarks" className="hb-category-nav__link">
              {t('bookmarks.title')}
            </NavLink>
          </li>
          {member?.roles.includes('COORDINATOR') ? (
            <li>
              <NavLink to="/moderation/categories" className="hb-category-nav__link">
                {t('curation.manage')}
              </NavLink>
            </li>
          ) : null}
        </ul>
      )}
    </nav>
  );
}
