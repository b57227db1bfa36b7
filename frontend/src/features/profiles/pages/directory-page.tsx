import {
  Alert,
  Button,
  Card,
  Heading,
  Paragraph,
  Select,
  Skeleton,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RequireRole } from '@/components/ui/require-role';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useDirectory, type DirectoryParams } from '../api/profiles';
import { termName, termsOf, useTaxonomies, type TaxonomyKind } from '../api/taxonomies';
import { MemberAvatar } from '../components/member-avatar';
import { SelectField } from '../components/select-field';
import '../components/profiles.css';

const PAGE_SIZE = 20;
const filters: { param: keyof DirectoryParams; kind: TaxonomyKind; labelKey: string }[] = [
  { param: 'region', kind: 'REGION', labelKey: 'fields.region' },
  { param: 'workplaceType', kind: 'WORKPLACE_TYPE', labelKey: 'fields.workplaceType' },
  { param: 'system', kind: 'SYSTEM', labelKey: 'directory.system' },
  { param: 'background', kind: 'BACKGROUND', labelKey: 'fields.background' },
  { param: 'expertise', kind: 'EXPERTISE', labelKey: 'fields.expertise' },
];

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
  const { language } = useLanguage();
  useDocumentTitle(t('directory.title'));
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
  const taxonomies = useTaxonomies();
  const result = useDirectory(query);
  const [draft, setDraft] = useState(() => Object.fromEntries(params.entries()));

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(draft)) {
      if (value && key !== 'page') next.set(key, value);
    }
    setParams(next);
  };

  const pageLink = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    return `?${next.toString()}`;
  };
  const total = result.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = (query.page ?? 0) + 1;

  return (
    <article className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('directory.title')}
      </Heading>
      <Paragraph>{t('directory.lead')}</Paragraph>
      <form role="search" className="hb-stack" onSubmit={apply}>
        <Textfield
          label={t('directory.search')}
          type="search"
          value={draft.q ?? ''}
          onChange={(e) => setDraft({ ...draft, q: e.target.value })}
        />
        <div className="hb-directory__filters">
          {filters.map((f) => (
            <SelectField
              key={f.param}
              label={t(f.labelKey as 'fields.region')}
              value={draft[f.param] ?? ''}
              onChange={(e) => setDraft({ ...draft, [f.param]: e.target.value })}
            >
              <Select.Option value="">{t('directory.any')}</Select.Option>
              {termsOf(taxonomies.data, f.kind).map((term) => (
                <Select.Option key={term.id} value={String(term.id)}>
                  {termName(term, language)}
                </Select.Option>
              ))}
            </SelectField>
          ))}
        </div>
        <div className="hb-directory__actions">
          <Button type="submit">{t('directory.apply')}</Button>
          <Button
            type="button"
            variant="tertiary"
            onClick={() => {
              setDraft({});
              setParams(new URLSearchParams());
            }}
          >
            {t('directory.clear')}
          </Button>
        </div>
      </form>

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
                        {[
                          m.organisation,
                          termName(m.workplaceType, language),
                          termName(m.region, language),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Paragraph>
                    </div>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
        {pages > 1 && (
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
        )}
      </section>
    </article>
  );
}
