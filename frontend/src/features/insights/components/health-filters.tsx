import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FiltersFold } from '@/components/ui/filters-fold';
import { useLanguage } from '@/lib/use-language';
import { useTerms } from '../api/insights';
import type { HealthQuery } from '../api/types';

const termFilters = [
  { name: 'region', kind: 'REGION' },
  { name: 'workplaceType', kind: 'WORKPLACE_TYPE' },
  { name: 'system', kind: 'SYSTEM' },
] as const;

/** How many of the query's settings differ from the dashboard's own (all of it, by week). */
export function chosenSettings(query: HealthQuery) {
  return Object.entries(query).filter(
    ([name, value]) => value && !(name === 'by' && value === 'WEEK'),
  ).length;
}

/**
 * Period, grouping and filters of the dashboard; applying them changes the URL. On a phone they
 * fold under their title, so the figures are on the first screen (FiltersFold).
 */
export function HealthFilters({
  query,
  onApply,
}: {
  query: HealthQuery;
  onApply: (q: HealthQuery) => void;
}) {
  const { t } = useTranslation('insights');
  const { language } = useLanguage();
  const terms = useTerms();
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (n: string) => String(data.get(n) ?? '').trim() || undefined;
    onApply({
      from: value('from'),
      to: value('to'),
      by: (value('by') as HealthQuery['by']) ?? 'WEEK',
      region: value('region'),
      workplaceType: value('workplaceType'),
      system: value('system'),
    });
  };
  return (
    <FiltersFold
      level={2}
      title={t('filters.title')}
      chosen={chosenSettings(query)}
      chosenText={(n) => t('filters.chosen', { count: n })}
    >
      <form className="hb-filters" onSubmit={apply} key={JSON.stringify(query)}>
        <Textfield
          label={t('filters.from')}
          name="from"
          type="date"
          defaultValue={query.from ?? ''}
        />
        <Textfield label={t('filters.to')} name="to" type="date" defaultValue={query.to ?? ''} />
        <Field>
          <Label htmlFor="health-by">{t('filters.by')}</Label>
          <Select id="health-by" name="by" defaultValue={query.by ?? 'WEEK'}>
            <Select.Option value="WEEK">{t('filters.week')}</Select.Option>
            <Select.Option value="MONTH">{t('filters.month')}</Select.Option>
          </Select>
        </Field>
        {termFilters.map((f) => (
          <Field key={f.name}>
            <Label htmlFor={`health-${f.name}`}>{t(`filters.${f.name}`)}</Label>
            <Select id={`health-${f.name}`} name={f.name} defaultValue={query[f.name] ?? ''}>
              <Select.Option value="">{t('filters.all')}</Select.Option>
              {(terms.data ?? [])
                .filter((term) => term.kind === f.kind && !term.archived)
                .map((term) => (
                  <Select.Option key={term.id} value={String(term.id)}>
                    {language === 'en' ? term.nameEn : term.nameNb}
                  </Select.Option>
                ))}
            </Select>
          </Field>
        ))}
        <div className="hb-filters__submit">
          <Button type="submit">{t('filters.apply')}</Button>
        </div>
      </form>
    </FiltersFold>
  );
}
