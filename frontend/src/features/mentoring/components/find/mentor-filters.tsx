import { useTranslation } from 'react-i18next';
import { CheckFilter } from '@/components/ui/check-filter';
import { FilterSelect } from '@/components/ui/filter-select';
import { useMentoringOptions, type MentorQuery } from '../../api/mentors';
import { shifts } from '../../api/types';
import { useTermName } from '../use-term-name';

type Set = (name: string, value: string | null) => void;

/** The directory's filters; each change is written to the URL at once. */
export function MentorFilters({ query, set }: { query: MentorQuery; set: Set }) {
  const { t } = useTranslation('mentoring');
  const options = useMentoringOptions();
  const name = useTermName();
  const terms = (key: keyof MentorQuery, label: string, list = options.data?.systems) => (
    <FilterSelect
      label={label}
      value={(query[key] as string | undefined) ?? ''}
      onChange={(v) => set(key, v || null)}
    >
      <option value="">{t('filters.any')}</option>
      {(list ?? []).map((term) => (
        <option key={term.id} value={String(term.id)}>
          {name(term)}
        </option>
      ))}
    </FilterSelect>
  );
  return (
    <div className="hb-mentor-filters" role="group" aria-label={t('filters.label')}>
      {terms('system', t('filters.system'), options.data?.systems)}
      {terms('workplaceType', t('filters.workplaceType'), options.data?.workplaceTypes)}
      {terms('region', t('filters.region'), options.data?.regions)}
      {terms('background', t('filters.background'), options.data?.backgrounds)}
      {terms('language', t('filters.language'), options.data?.languages)}
      <FilterSelect
        label={t('filters.availability')}
        value={query.availability ?? ''}
        onChange={(v) => set('availability', v || null)}
      >
        <option value="">{t('filters.any')}</option>
        {shifts.map((s) => (
          <option key={s} value={s}>
            {t(`shift.${s}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('filters.sort')}
        value={query.sort ?? 'name'}
        onChange={(v) => set('sort', v === 'name' ? null : v)}
      >
        <option value="name">{t('filters.sortName')}</option>
        <option value="free-places">{t('filters.sortFree')}</option>
        <option value="newest">{t('filters.sortNewest')}</option>
      </FilterSelect>
      <CheckFilter
        label={t('filters.hasCapacity')}
        checked={query.hasCapacity === 'true'}
        onChange={(checked) => set('hasCapacity', checked ? 'true' : null)}
      />
    </div>
  );
}
