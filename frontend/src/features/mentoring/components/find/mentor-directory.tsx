import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { Pager } from '@/components/ui/pager';
import { HeadedSection } from '@/components/ui/section';
import { useDeferredQuery } from '@/lib/use-deferred-query';
import { useMentorList } from '../../api/mentors';
import { MentorCard } from '../mentor-card';
import { chosenFilters, MentorFilters } from './mentor-filters';
import { MentorSearch } from './mentor-search';
import { useDirectoryParams } from './use-directory-params';

/**
 * Every mentor, searched and filtered by the query in the URL, a page at a time. The cards are
 * drawn in a background render when the list comes (useDeferredQuery).
 */
export function MentorDirectory() {
  const { t } = useTranslation('mentoring');
  const { query, set, setPage, clear } = useDirectoryParams();
  const result = useMentorList(query);
  const list = useDeferredQuery(result);
  return (
    <HeadedSection id="hb-directory-title" title={t('find.directoryTitle')}>
      <MentorSearch key={query.q ?? ''} q={query.q} onSearch={(q) => set('q', q)} />
      <MentorFilters query={query} set={set} />
      {list.isError ? (
        <LoadError ns="mentoring" error={list.error} retry={() => void result.refetch()} />
      ) : !list.data ? (
        <ListSkeleton />
      ) : list.data.items.length === 0 && chosenFilters(query) === 0 && !query.q ? (
        // No mentor at all yet (a new community): nothing to clear; the side card offers to be one.
        <Paragraph>{t('filters.none')}</Paragraph>
      ) : list.data.items.length === 0 ? (
        <div className="hb-stack">
          <Paragraph>{t('filters.empty')}</Paragraph>
          <div>
            <Button variant="secondary" onClick={clear}>
              {t('filters.clear')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p role="status" className="hb-result-count">
            {t('filters.results', { count: list.data.totalItems })}
          </p>
          <ul className="hb-card-list" aria-label={t('find.directoryTitle')}>
            {list.data.items.map((m) => (
              <li key={m.id}>
                <MentorCard mentor={m} />
              </li>
            ))}
          </ul>
          <Pager
            size="sm"
            page={list.data.page}
            totalPages={list.data.totalPages}
            onPage={(p) => {
              setPage(p);
              document.getElementById('hb-directory-title')?.scrollIntoView();
            }}
          />
        </>
      )}
    </HeadedSection>
  );
}
