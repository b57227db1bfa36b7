import '../search.css';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FollowSlot } from '@/components/ui/slots';
import { useLanguage } from '@/lib/use-language';
import { formatNumber } from '@/lib/format';
import { useSearch, type SearchParams } from '../api/search';
import { SearchFilters } from '../components/search-filters';
import { SearchHitCard } from '../components/search-hit';
import { PageTitle } from '@/components/ui/page-title';

function readParams(params: URLSearchParams): SearchParams {
  return {
    q: params.get('q') ?? '',
    kind: params.getAll('kind'),
    category: params.getAll('category'),
    system: params.getAll('system'),
    tag: params.getAll('tag'),
    workplace: params.getAll('workplace'),
    solved: params.get('solved') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    sort: params.get('sort') ?? undefined,
    page: Number(params.get('page') ?? 0) || 0,
  };
}

/** /search?q=…: results with filters and counts; every state of it is a shareable link. */
export default function SearchPage() {
  const { t } = useTranslation('search');
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const query = readParams(params);
  const results = useSearch(query);
  const data = results.data;
  const pageLink = (page: number) => {
    const next = new URLSearchParams(params);
    if (page > 0) next.set('page', String(page));
    else next.delete('page');
    return `/search?${next}`;
  };
  const lastPage = data ? Math.ceil(Math.min(data.total, 1000) / data.size) - 1 : 0;
  return (
    <div className="hb-search">
      <PageTitle>{query.q ? t('page.titleFor', { q: query.q }) : t('page.title')}</PageTitle>
      <div className="hb-search__layout">
        <SearchFilters
          params={params}
          setParams={setParams}
          facets={data?.facets ?? {}}
          estimated={data?.facetCountsEstimated ?? false}
        />
        <section
          className="hb-search__results"
          aria-labelledby="hb-search-count"
          aria-busy={results.isFetching}
        >
          {results.isError ? <Alert data-color="danger">{t('page.error')}</Alert> : null}
          {data ? (
            <p id="hb-search-count" className="hb-search__count" aria-live="polite">
              {t('page.results', {
                count: data.total,
                formatted: formatNumber(data.total, language),
              })}
            </p>
          ) : (
            <p id="hb-search-count" className="hb-search__count">
              {t('page.loading')}
            </p>
          )}
          {query.tag.length === 1 && query.category.length === 0 ? (
            <div className="hb-search__follow">
              <FollowSlot tag={query.tag[0]!} />
            </div>
          ) : query.category.length === 1 && query.tag.length === 0 ? (
            <div className="hb-search__follow">
              <FollowSlot category={query.category[0]!} />
            </div>
          ) : null}
          {data && data.total === 0 ? (
            <div className="hb-search__empty">
              <Heading level={2} data-size="sm">
                {query.q ? t('page.emptyTitle', { q: query.q }) : t('page.emptyNoWords')}
              </Heading>
              <Paragraph>{t('page.emptyLead')}</Paragraph>
              {query.q ? (
                <Link
                  className="ds-button"
                  data-variant="primary"
                  to={`/forum/new?${new URLSearchParams({ kind: 'question', title: query.q })}`}
                >
                  {t('page.ask')}
                </Link>
              ) : null}
            </div>
          ) : null}
          <ol className="hb-search__hits">
            {data?.hits.map((hit) => (
              <li key={hit.topicId}>
                <SearchHitCard hit={hit} />
              </li>
            ))}
          </ol>
          {data && lastPage > 0 ? (
            <nav aria-label={t('pager.label')} className="hb-search__pager">
              {query.page > 0 ? (
                <Link to={pageLink(query.page - 1)} className="ds-link">
                  {t('pager.previous')}
                </Link>
              ) : null}
              <span>{t('pager.page', { page: query.page + 1, pages: lastPage + 1 })}</span>
              {query.page < lastPage ? (
                <Link to={pageLink(query.page + 1)} className="ds-link">
                  {t('pager.next')}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}
