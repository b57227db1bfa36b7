import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FilterSelect } from '@/components/ui/filter-select';
import { FiltersFold } from '@/components/ui/filters-fold';
import { useLanguage } from '@/lib/use-language';
import { useVocabularies } from '../api/topics';
import { listQueryFromParams, type TopicListQuery } from '../api/list-query';
import { topicKinds, topicSorts, trainingFormats } from '../api/types';

export type FilterName =
  | 'unanswered'
  | 'mySystems'
  | 'sort'
  | 'kind'
  | 'solved'
  | 'system'
  | 'workplaceType'
  | 'audience'
  | 'format';

/** The list query in the URL (so every filtered list has a shareable address). */
export function useListParams(defaults: TopicListQuery = {}) {
  const [params, setParams] = useSearchParams();
  const query = listQueryFromParams(params, defaults);
  /** Sets one filter, or several at once (`set({ system: 'x', mySystems: null })`). */
  const set = (name: string | Record<string, string | null>, value: string | null = null) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(typeof name === 'string' ? { [name]: value } : name)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    next.delete('page');
    setParams(next);
  };
  const setPage = (page: number) => {
    const next = new URLSearchParams(params);
    if (page > 0) next.set('page', String(page + 1));
    else next.delete('page');
    setParams(next);
    window.scrollTo({ top: 0 });
  };
  return { query, set, setPage, params };
}

interface Props {
  show: FilterName[];
  query: TopicListQuery;
  set: (name: string | Record<string, string | null>, value?: string | null) => void;
}

/** The system filter's choice for "the systems in my profile" (mySystems=true in the URL). */
const mine = 'mine';

/** The list's filters; on a phone folded under their title, so the topics come first. */
export function ListFilters({ show, query, set }: Props) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const [params] = useSearchParams();
  const vocab = useVocabularies();
  const name = (x: { nameNb: string; nameEn: string }) => (language === 'en' ? x.nameEn : x.nameNb);
  const select = (
    key: FilterName,
    label: string,
    value: string | undefined,
    options: { value: string; label: string }[],
    allLabel: string | null,
    onChange: (value: string | null) => void = (v) => set(key, v),
  ) => (
    <FilterSelect key={key} label={label} value={value ?? ''} onChange={(v) => onChange(v || null)}>
      {allLabel != null ? <option value="">{allLabel}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </FilterSelect>
  );
  return (
    <FiltersFold
      level={2}
      title={t('filters.label')}
      chosen={chosenFilters(show, params)}
      chosenText={(n) => t('filters.chosen', { count: n })}
      drawnWhenOpened
    >
      <div className="hb-list-filters" role="group" aria-label={t('filters.label')}>
        {show.includes('unanswered')
          ? select(
              'unanswered',
              t('filters.show'),
              query.unanswered ?? 'false',
              [
                { value: 'true', label: t('filters.unansweredOnly') },
                { value: 'false', label: t('filters.allQuestions') },
              ],
              null,
            )
          : null}
        {show.includes('sort')
          ? select(
              'sort',
              t('filters.sort'),
              query.sort ?? 'activity',
              topicSorts.map((s) => ({ value: s, label: t(`sort.${s}`) })),
              null,
            )
          : null}
        {show.includes('kind')
          ? select(
              'kind',
              t('filters.kind'),
              query.kind?.toUpperCase(),
              topicKinds.map((k) => ({ value: k, label: t(`kindPlural.${k}`) })),
              t('filters.allKinds'),
            )
          : null}
        {show.includes('solved')
          ? select(
              'solved',
              t('filters.solved'),
              query.solved,
              [
                { value: 'true', label: t('filters.solvedOnly') },
                { value: 'false', label: t('filters.unsolvedOnly') },
              ],
              t('filters.solvedAll'),
            )
          : null}
        {show.includes('system')
          ? select(
              'system',
              t('filters.system'),
              query.mySystems === 'true' ? mine : query.system?.[0],
              [
                // One system filter: "my systems" is one of its choices, not a second filter.
                ...(show.includes('mySystems')
                  ? [{ value: mine, label: t('filters.mySystems') }]
                  : []),
                ...(vocab.data?.systems ?? []).map((s) => ({ value: s.code, label: name(s) })),
              ],
              t('filters.allSystems'),
              (v) =>
                set(
                  v === mine ? { mySystems: 'true', system: null } : { system: v, mySystems: null },
                ),
            )
          : null}
        {show.includes('workplaceType')
          ? select(
              'workplaceType',
              t('filters.workplaceType'),
              query.workplaceType,
              (vocab.data?.workplaceTypes ?? []).map((s) => ({ value: s.code, label: name(s) })),
              t('filters.allWorkplaces'),
            )
          : null}
        {show.includes('audience')
          ? select(
              'audience',
              t('filters.audience'),
              query.audience,
              (vocab.data?.audiences ?? []).map((s) => ({ value: s.code, label: name(s) })),
              t('filters.allAudiences'),
            )
          : null}
        {show.includes('format')
          ? select(
              'format',
              t('filters.format'),
              query.format?.toUpperCase(),
              trainingFormats.map((f) => ({ value: f, label: t(`format.${f}`) })),
              t('filters.allFormats'),
            )
          : null}
      </div>
    </FiltersFold>
  );
}

/**
 * How many of the shown filters the member has chosen: those in the URL (each page's own defaults,
 * such as the questions list's "unanswered only", are not in it), the order not counted.
 */
export function chosenFilters(show: FilterName[], params: URLSearchParams): number {
  // "My systems" is one of the system filter's choices: counted with it, not apart.
  const isChosen = (name: FilterName) =>
    name === 'system' ? params.has('system') || params.has('mySystems') : params.has(name);
  return show.filter((name) => name !== 'sort' && name !== 'mySystems' && isChosen(name)).length;
}
