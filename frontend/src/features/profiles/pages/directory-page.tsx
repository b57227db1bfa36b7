import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequireRole } from '@/components/ui/require-role';
import { useDirectory, type DirectoryParams } from '../api/profiles';
import { DirectorySearch } from '../components/directory/directory-search';
import { DirectoryPager, MemberResult } from '../components/directory/member-result';
import '../components/profiles.css';
import { PageTitle } from '@/components/ui/page-title';
import { pageCount } from '@/components/ui/pager';

const PAGE_SIZE = 20;

function numberParam(params: URLSearchParams, name: string) {
  const value = Number(params.get(name));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export function DirectoryPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Directory />
    </RequireRole>
  );
}

function Directory() {
  const { t } = useTranslation('profiles');
  const [params, setParams] = useSearchParams();
  const query: DirectoryParams = {
    q: params.get('q') ?? undefined,
    region: numberParam(params, 'region'),
    workplaceType: numberParam(params, 'workplaceType'),
    system: numberParam(params, 'system'),
    background: numberParam(params, 'background'),
    expertise: numberParam(params, 'expertise'),
    page: Math.max(0, (numberParam(params, 'page') ?? 1) - 1),
    size: PAGE_SIZE,
  };
  const result = useDirectory(query);
  const total = result.data?.total ?? 0;
  const pages = pageCount(total, PAGE_SIZE);

  return (
    <article className="hb-stack">
      <PageTitle>{t('directory.title')}</PageTitle>
      <Paragraph>{t('directory.lead')}</Paragraph>
      <DirectorySearch initial={Object.fromEntries(params.entries())} onApply={setParams} />
      <section aria-labelledby="hb-results" className="hb-stack">
        <Heading level={2} data-size="xs" id="hb-results" aria-live="polite">
          {result.data ? t('directory.count', { count: total }) : t('directory.title')}
        </Heading>
        {result.isPending && <Skeleton variant="rectangle" height="12rem" />}
        {result.isError && (
          <Alert data-color="danger" role="alert">
            {t('errors.network')}
          </Alert>
        )}
        {result.data && result.data.items.length === 0 && (
          <Paragraph>{t('directory.empty')}</Paragraph>
        )}
        {result.data && result.data.items.length > 0 && (
          <ul className="hb-member-list">
            {result.data.items.map((m) => (
              <li key={m.id}>
                <MemberResult member={m} />
              </li>
            ))}
          </ul>
        )}
        <DirectoryPager current={(query.page ?? 0) + 1} pages={pages} params={params} />
      </section>
    </article>
  );
}
