import { Input, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SetURLSearchParams } from 'react-router';
import { z } from '@/lib/forms/zod';
import { FiltersFold } from '@/components/ui/filters-fold';
import { useLanguage } from '@/lib/use-language';
import type { FacetDimension, FacetValue } from '../api/search';

const multi = [
  'kind',
  'category',
  'system',
  'tag',
  'workplace',
] as const satisfies FacetDimension[];
type Multi = (typeof multi)[number];
const single = ['sort', 'solved', 'from', 'to'] as const;
type Single = (typeof single)[number];

/** The filters as the form holds them, read from the URL (an unknown sort or solved is "any"). */
const schema = z.object({
  sort: z.enum(['relevance', 'date']).catch('relevance'),
  solved: z.enum(['', 'true', 'false']).catch(''),
  from: z.string(),
  to: z.string(),
  kind: z.array(z.string()),
  category: z.array(z.string()),
  system: z.array(z.string()),
  tag: z.array(z.string()),
  workplace: z.array(z.string()),
});
type Filters = z.infer<typeof schema>;

/** The filters a URL holds. */
export function filtersOf(params: URLSearchParams): Filters {
  return schema.parse({
    sort: params.get('sort') ?? 'relevance',
    solved: params.get('solved') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    ...Object.fromEntries(multi.map((dim) => [dim, params.getAll(dim)])),
  });
}

/**
 * The URL with the filters: page 1, and each filter that differs from the URL written into it (a
 * value set where it was, an empty one or the default sort left out), every other parameter kept.
 */
export function urlWith(params: URLSearchParams, filters: Filters): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('page');
  const before = filtersOf(params);
  for (const name of single) {
    const value = filters[name];
    if (value === before[name]) continue;
    if (value && !(name === 'sort' && value === 'relevance')) next.set(name, value);
    else next.delete(name);
  }
  for (const dim of multi) {
    if (filters[dim].join('\n') === before[dim].join('\n')) continue;
    next.delete(dim);
    filters[dim].forEach((v) => next.append(dim, v));
  }
  return next;
}

interface Props {
  params: URLSearchParams;
  setParams: SetURLSearchParams;
  facets: Partial<Record<FacetDimension, FacetValue[]>>;
  /** The counts are estimates (a broad search counts a sample of its matches). */
  estimated?: boolean;
}

/**
 * Filters with counts per value; each change is a new URL (page 1), so it can be shared. A change
 * shows at once: the router applies a new URL in a transition, after the click, and until then
 * the form shows what was chosen, not the old URL (a checked box must not spring back). The form
 * follows the URL (its `values`) when the URL changes, e.g. on back/forward.
 */
export function SearchFilters({ params, setParams, facets, estimated }: Props) {
  const { t } = useTranslation('search');
  const { language } = useLanguage();
  const ids = useId();
  const { register, control, getValues, setValue } = useForm<Filters>({
    values: filtersOf(params),
  });
  const watched = useWatch({ control });
  const checked = multi.map((dim) => watched[dim]);
  const apply = () => setParams(urlWith(params, getValues()));
  const toggle = (dim: Multi, value: string) => {
    const chosen = getValues(dim);
    setValue(dim, chosen.includes(value) ? chosen.filter((c) => c !== value) : [...chosen, value]);
    apply();
  };
  const field = (name: Single) => register(name, { onChange: apply });
  const label = (dim: FacetDimension, v: FacetValue) => {
    if (dim === 'kind') return t(`kind.${v.value as 'QUESTION'}`);
    return (language === 'en' ? v.labelEn : v.labelNb) ?? v.value;
  };
  return (
    <section className="hb-search__filters" aria-labelledby={`${ids}-title`}>
      {/* Beside the results on a wide screen; folded above them on a phone. */}
      <FiltersFold
        wide="(min-width: 1024px)"
        titleWhenWide
        level={2}
        titleId={`${ids}-title`}
        titleClassName="hb-search__filters-title"
        title={t('filters.title')}
        chosen={chosenCount(watched)}
        chosenText={(n) => t('filters.chosen', { count: n })}
      >
        {estimated && <p className="hb-muted">{t('filters.estimatedNote')}</p>}
        <div className="ds-field hb-search__filter">
          <Label htmlFor={`${ids}-sort`}>{t('filters.sort')}</Label>
          <Select id={`${ids}-sort`} data-size="sm" {...field('sort')}>
            <option value="relevance">{t('filters.relevance')}</option>
            <option value="date">{t('filters.date')}</option>
          </Select>
        </div>
        <div className="ds-field hb-search__filter">
          <Label htmlFor={`${ids}-solved`}>{t('filters.solved')}</Label>
          <Select id={`${ids}-solved`} data-size="sm" {...field('solved')}>
            <option value="">{t('filters.any')}</option>
            <option value="true">{t('filters.solvedYes')}</option>
            <option value="false">{t('filters.solvedNo')}</option>
          </Select>
        </div>
        {multi.map((dim, i) => {
          const values = facets[dim] ?? [];
          const chosen = checked[i] ?? [];
          if (values.length === 0 && chosen.length === 0) return null;
          return (
            <fieldset key={dim} className="hb-search__facet">
              <legend>{t(`filters.${dim}`)}</legend>
              {values.map((v) => {
                const id = `${ids}-${dim}-${v.value}`;
                return (
                  <div key={v.value} className="ds-field hb-search__facet-value">
                    <Input
                      id={id}
                      type="checkbox"
                      data-size="sm"
                      checked={chosen.includes(v.value)}
                      onChange={() => toggle(dim, v.value)}
                    />
                    <Label htmlFor={id} weight="regular">
                      {label(dim, v)}{' '}
                      <span className="hb-muted">
                        ({estimated ? t('filters.estimatedCount', { n: v.count }) : v.count})
                      </span>
                    </Label>
                  </div>
                );
              })}
            </fieldset>
          );
        })}
        <fieldset className="hb-search__facet">
          <legend>{t('filters.dates')}</legend>
          <div className="ds-field hb-search__filter">
            <Label htmlFor={`${ids}-from`} weight="regular">
              {t('filters.from')}
            </Label>
            <Input id={`${ids}-from`} type="date" data-size="sm" {...field('from')} />
          </div>
          <div className="ds-field hb-search__filter">
            <Label htmlFor={`${ids}-to`} weight="regular">
              {t('filters.to')}
            </Label>
            <Input id={`${ids}-to`} type="date" data-size="sm" {...field('to')} />
          </div>
        </fieldset>
      </FiltersFold>
    </section>
  );
}

/** How many filters are chosen (each value of a kind, category and the like counts). */
export function chosenCount(f: Partial<Filters>): number {
  return (
    multi.reduce((n, dim) => n + (f[dim]?.length ?? 0), 0) +
    [f.solved, f.from, f.to].filter(Boolean).length
  );
}
