import { Input, Label } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '@/components/ui/filter-select';
import { FiltersFold } from '@/components/ui/filters-fold';
import { useDeferredQuery } from '@/lib/use-deferred-query';
import { useMentoringOptions, type MentorQuery } from '../../api/mentors';
import { shifts } from '../../api/types';
import { useTermName } from '../use-term-name';

type Set = (name: string, value: string | null) => void;

/**
 * A checkbox filter, as Designsystemet's `Checkbox` draws it, without its web component. Search's
 * facet rows draw the same markup themselves, on purpose: shared from components/ui, this module
 * would be in the first pages' common chunk (the mentor page is a first page, search is not), and
 * with it Designsystemet's `Input` chunk, one more script for the topic page and the forum's lists
 * on a first load (vite.config.ts firstPageChunks; src/app/first-page-chunks.test.ts).
 */
function CheckFilter({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="ds-field hb-filter hb-filter--check">
      <Input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
    </div>
  );
}

/**
 * The directory's filters; each change is written to the URL at once. Folded under their title on
 * a phone, where the seven of them filled a screen above the mentors.
 */
export function MentorFilters({ query, set }: { query: MentorQuery; set: Set }) {
  const { t } = useTranslation('mentoring');
  // The choices (dozens of options) are drawn in a background render when they come.
  const options = useDeferredQuery(useMentoringOptions());
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
    <FiltersFold
      level={3}
      title={t('filters.label')}
      chosen={chosenFilters(query)}
      chosenText={(n) => t('filters.chosen', { count: n })}
      drawnWhenOpened
    >
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
    </FiltersFold>
  );
}

/** How many of the directory's filters are chosen (the name search and the order are not). */
export function chosenFilters(query: MentorQuery): number {
  const filters = [
    query.system,
    query.workplaceType,
    query.region,
    query.background,
    query.language,
    query.availability,
    query.hasCapacity,
  ];
  return filters.filter(Boolean).length;
}
