import { Button, Select, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FiltersFold } from '@/components/ui/filters-fold';
import { useLanguage } from '@/lib/use-language';
import type { DirectoryParams } from '../../api/profiles';
import { termName, termsOf, useTaxonomies, type TaxonomyKind } from '../../api/taxonomies';
import { SelectField } from '../select-field';

const filters: { param: keyof DirectoryParams; kind: TaxonomyKind; labelKey: string }[] = [
  { param: 'region', kind: 'REGION', labelKey: 'fields.region' },
  { param: 'workplaceType', kind: 'WORKPLACE_TYPE', labelKey: 'fields.workplaceType' },
  { param: 'system', kind: 'SYSTEM', labelKey: 'directory.system' },
  { param: 'background', kind: 'BACKGROUND', labelKey: 'fields.background' },
  { param: 'expertise', kind: 'EXPERTISE', labelKey: 'fields.expertise' },
];

type Values = Record<string, string>;

/** The search parameters the form sends: the filled-in fields, never a page. */
export function searchOf(values: Values): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value && key !== 'page') next.set(key, value);
  }
  return next;
}

interface Props {
  initial: Values;
  onApply: (params: URLSearchParams) => void;
}

/** Name search and filters, applied together with "Show results" or cleared at once. */
export function DirectorySearch(props: Props) {
  const taxonomies = useTaxonomies();
  // The selects take their values from the URL once their choices are there.
  return <SearchForm key={taxonomies.isSuccess ? 'ready' : 'loading'} {...props} />;
}

function SearchForm({ initial, onApply }: Props) {
  const { t } = useTranslation('profiles');
  const { language } = useLanguage();
  const taxonomies = useTaxonomies();
  const empty = Object.fromEntries(['q', ...filters.map((f) => f.param)].map((k) => [k, '']));
  const { register, handleSubmit, reset } = useForm<Values>({
    defaultValues: { ...empty, ...initial },
  });
  return (
    <form
      role="search"
      className="hb-stack"
      onSubmit={(e) => void handleSubmit((v) => onApply(searchOf(v)))(e)}
    >
      <Textfield label={t('directory.search')} type="search" {...register('q')} />
      <FiltersFold
        level={2}
        title={t('directory.filters')}
        chosen={filters.filter((f) => initial[f.param]).length}
        chosenText={(n) => t('directory.chosen', { count: n })}
      >
        <div className="hb-directory__filters" role="group" aria-label={t('directory.filters')}>
          {filters.map((f) => (
            <SelectField
              key={f.param}
              label={t(f.labelKey as 'fields.region')}
              {...register(f.param)}
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
      </FiltersFold>
      <div className="hb-directory__actions">
        <Button type="submit">{t('directory.apply')}</Button>
        <Button
          type="button"
          variant="tertiary"
          onClick={() => {
            reset(empty);
            onApply(new URLSearchParams());
          }}
        >
          {t('directory.clear')}
        </Button>
      </div>
    </form>
  );
}
