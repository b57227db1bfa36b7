import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetURLSearchParams } from 'react-router';
import { useLanguage } from '@/lib/use-language';
import type { FacetDimension, FacetValue } from '../api/search';

const multi: FacetDimension[] = ['kind', 'category', 'system', 'tag', 'workplace'];

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
 * the controls show what was chosen, not the old URL (a checked box must not spring back).
 */
export function SearchFilters({ params: urlParams, setParams, facets, estimated }: Props) {
  const { t } = useTranslation('search');
  const { language } = useLanguage();
  const ids = useId();
  // What was chosen on the URL `from`: shown until the URL is another.
  const [chosen, setChosen] = useState<{ from: string; next: URLSearchParams } | null>(null);
  const params = chosen && chosen.from === urlParams.toString() ? chosen.next : urlParams;
  const change = (edit: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    next.delete('page');
    edit(next);
    setChosen({ from: urlParams.toString(), next });
    setParams(next);
  };
  const label = (dim: FacetDimension, v: FacetValue) => {
    if (dim === 'kind') return t(`kind.${v.value as 'QUESTION'}`);
    return (language === 'en' ? v.labelEn : v.labelNb) ?? v.value;
  };
  const solved = params.get('solved') ?? '';
  return (
    <section className="hb-search__filters" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="hb-search__filters-title">
        {t('filters.title')}
      </h2>
      {estimated && <p className="hb-muted">{t('filters.estimatedNote')}</p>}
      <div className="hb-search__filter">
        <label htmlFor={`${ids}-sort`}>{t('filters.sort')}</label>
        <select
          id={`${ids}-sort`}
          value={params.get('sort') ?? 'relevance'}
          onChange={(e) =>
            change((n) =>
              e.target.value === 'relevance' ? n.delete('sort') : n.set('sort', e.target.value),
            )
          }
        >
          <option value="relevance">{t('filters.relevance')}</option>
          <option value="date">{t('filters.date')}</option>
        </select>
      </div>
      <div className="hb-search__filter">
        <label htmlFor={`${ids}-solved`}>{t('filters.solved')}</label>
        <select
          id={`${ids}-solved`}
          value={solved}
          onChange={(e) =>
            change((n) => (e.target.value ? n.set('solved', e.target.value) : n.delete('solved')))
          }
        >
          <option value="">{t('filters.any')}</option>
          <option value="true">{t('filters.solvedYes')}</option>
          <option value="false">{t('filters.solvedNo')}</option>
        </select>
      </div>
      {multi.map((dim) => {
        const values = facets[dim] ?? [];
        const chosen = params.getAll(dim);
        if (values.length === 0 && chosen.length === 0) return null;
        return (
          <fieldset key={dim} className="hb-search__facet">
            <legend>{t(`filters.${dim}`)}</legend>
            {values.map((v) => {
              const checked = chosen.includes(v.value);
              const id = `${ids}-${dim}-${v.value}`;
              return (
                <div key={v.value} className="hb-search__facet-value">
                  <input
                    id={id}
                    type="checkbox"
                    checked={checked}
                    onChange={() =>
                      change((n) => {
                        n.delete(dim);
                        const rest = checked
                          ? chosen.filter((c) => c !== v.value)
                          : [...chosen, v.value];
                        rest.forEach((r) => n.append(dim, r));
                      })
                    }
                  />
                  <label htmlFor={id}>
                    {label(dim, v)}{' '}
                    <span className="hb-muted">
                      ({estimated ? t('filters.estimatedCount', { n: v.count }) : v.count})
                    </span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <fieldset className="hb-search__facet">
        <legend>{t('filters.dates')}</legend>
        <div className="hb-search__filter">
          <label htmlFor={`${ids}-from`}>{t('filters.from')}</label>
          <input
            id={`${ids}-from`}
            type="date"
            value={params.get('from') ?? ''}
            onChange={(e) =>
              change((n) => (e.target.value ? n.set('from', e.target.value) : n.delete('from')))
            }
          />
        </div>
        <div className="hb-search__filter">
          <label htmlFor={`${ids}-to`}>{t('filters.to')}</label>
          <input
            id={`${ids}-to`}
            type="date"
            value={params.get('to') ?? ''}
            onChange={(e) =>
              change((n) => (e.target.value ? n.set('to', e.target.value) : n.delete('to')))
            }
          />
        </div>
      </fieldset>
    </section>
  );
}
