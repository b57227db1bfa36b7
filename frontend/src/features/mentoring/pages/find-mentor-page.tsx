import {
  Button,
  Card,
  Checkbox,
  Field,
  Heading,
  Label,
  Paragraph,
  Search,
  Select,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RequireRole } from '@/components/ui/require-role';
import { useDocumentTitle } from '@/lib/use-document-title';
import {
  useMentoringOptions,
  useMentorList,
  useMyMentorProfile,
  useSuggestions,
  type MentorQuery,
} from '../api/mentors';
import { useQuestionOffers } from '../api/questions';
import { shifts, type Term } from '../api/types';
import { MatchExplanation } from '../components/match-explanation';
import { MentorCard } from '../components/mentor-card';
import { MentoringNav } from '../components/mentoring-nav';
import { useTermName } from '../components/use-term-name';
import '../mentoring.css';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { Pager } from '@/components/ui/pager';

export function FindMentorPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <FindMentor />
    </RequireRole>
  );
}

function FindMentor() {
  const { t } = useTranslation('mentoring');
  useDocumentTitle(t('find.title'));
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('find.title')}
      </Heading>
      <MentoringNav />
      <Paragraph>{t('find.lead')}</Paragraph>
      <div className="hb-columns">
        <div className="hb-stack">
          <SuggestionsSection />
          <Directory />
        </div>
        <aside className="hb-stack" aria-label={t('find.becomeTitle')}>
          <QuestionsTeaser />
          <BecomeMentor />
        </aside>
      </div>
    </div>
  );
}

function SuggestionsSection() {
  const { t } = useTranslation('mentoring');
  const suggestions = useSuggestions(5);
  return (
    <section className="hb-stack" aria-labelledby="hb-suggestions-title">
      <Heading level={2} data-size="md" id="hb-suggestions-title">
        {t('find.suggestionsTitle')}
      </Heading>
      {suggestions.isPending ? (
        <ListSkeleton rows={2} />
      ) : suggestions.isError ? (
        <LoadError
          ns="mentoring"
          error={suggestions.error}
          retry={() => void suggestions.refetch()}
        />
      ) : !suggestions.data.needsStated ? (
        <Card data-color="accent" variant="tinted">
          <Paragraph>{t('find.noNeeds')}</Paragraph>
          <p>
            <Link to="/mentoring/needs" className="ds-button" data-variant="primary">
              {t('find.stateNeeds')}
            </Link>
          </p>
        </Card>
      ) : (
        <>
          {suggestions.data.items.length === 0 ? (
            <Paragraph>{t('find.noSuggestions')}</Paragraph>
          ) : (
            <ol className="hb-card-list" aria-label={t('find.suggestionsTitle')}>
              {suggestions.data.items.map((s) => (
                <li key={s.mentor.id}>
                  <MentorCard
                    mentor={s.mentor}
                    lead={
                      <p className="hb-score">
                        <strong>{t('find.match', { score: s.score })}</strong>
                      </p>
                    }
                  >
                    <MatchExplanation
                      reasons={s.reasons}
                      shortfalls={s.shortfalls}
                      mentor={s.mentor}
                      headingLevel={4}
                    />
                    <p>
                      <Link to={`/mentoring/mentors/${s.mentor.id}`} className="ds-link">
                        {t('find.seeMentor', { name: s.mentor.displayName })}
                      </Link>
                    </p>
                  </MentorCard>
                </li>
              ))}
            </ol>
          )}
          <p>
            <Link to="/mentoring/needs" className="ds-link">
              {t('find.editNeeds')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

/** The directory query lives in the URL, so every filtered list can be shared. */
function useDirectoryParams() {
  const [params, setParams] = useSearchParams();
  const query: MentorQuery = {
    system: params.get('system') ?? undefined,
    workplaceType: params.get('workplaceType') ?? undefined,
    region: params.get('region') ?? undefined,
    background: params.get('background') ?? undefined,
    language: params.get('language') ?? undefined,
    availability: params.get('availability') ?? undefined,
    hasCapacity: params.get('hasCapacity') ?? undefined,
    q: params.get('q') ?? undefined,
    sort: params.get('sort') ?? undefined,
    page: Math.max(0, Number(params.get('page') ?? '1') - 1) || 0,
    size: 10,
  };
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next, { replace: true });
  };
  const setPage = (page: number) => {
    const next = new URLSearchParams(params);
    if (page > 0) next.set('page', String(page + 1));
    else next.delete('page');
    setParams(next);
  };
  const clear = () => setParams(new URLSearchParams());
  return { query, set, setPage, clear };
}

function Directory() {
  const { t } = useTranslation('mentoring');
  const { query, set, setPage, clear } = useDirectoryParams();
  const list = useMentorList(query);
  const options = useMentoringOptions();
  const name = useTermName();
  const base = useId();
  const [search, setSearch] = useState(query.q ?? '');

  const select = (key: keyof MentorQuery, label: string, terms: Term[] | undefined) => (
    <Field className="hb-filter">
      <Label htmlFor={`${base}-${key}`}>{label}</Label>
      <Select
        id={`${base}-${key}`}
        data-size="sm"
        value={(query[key] as string | undefined) ?? ''}
        onChange={(e) => set(key, e.target.value || null)}
      >
        <option value="">{t('filters.any')}</option>
        {(terms ?? []).map((term) => (
          <option key={term.id} value={String(term.id)}>
            {name(term)}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section className="hb-stack" aria-labelledby="hb-directory-title">
      <Heading level={2} data-size="md" id="hb-directory-title">
        {t('find.directoryTitle')}
      </Heading>
      <form
        role="search"
        className="hb-search-form"
        onSubmit={(e) => {
          e.preventDefault();
          set('q', search.trim() || null);
        }}
      >
        <Field>
          <Label htmlFor={`${base}-q`}>{t('filters.search')}</Label>
          <Search>
            <Search.Input
              id={`${base}-q`}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <Search.Clear aria-label={t('filters.searchClear')} onClick={() => set('q', null)} />
            <Search.Button>{t('filters.searchButton')}</Search.Button>
          </Search>
        </Field>
      </form>
      <div className="hb-filters" role="group" aria-label={t('filters.label')}>
        {select('system', t('filters.system'), options.data?.systems)}
        {select('workplaceType', t('filters.workplaceType'), options.data?.workplaceTypes)}
        {select('region', t('filters.region'), options.data?.regions)}
        {select('background', t('filters.background'), options.data?.backgrounds)}
        {select('language', t('filters.language'), options.data?.languages)}
        <Field className="hb-filter">
          <Label htmlFor={`${base}-availability`}>{t('filters.availability')}</Label>
          <Select
            id={`${base}-availability`}
            data-size="sm"
            value={query.availability ?? ''}
            onChange={(e) => set('availability', e.target.value || null)}
          >
            <option value="">{t('filters.any')}</option>
            {shifts.map((s) => (
              <option key={s} value={s}>
                {t(`shift.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field className="hb-filter">
          <Label htmlFor={`${base}-sort`}>{t('filters.sort')}</Label>
          <Select
            id={`${base}-sort`}
            data-size="sm"
            value={query.sort ?? 'name'}
            onChange={(e) => set('sort', e.target.value === 'name' ? null : e.target.value)}
          >
            <option value="name">{t('filters.sortName')}</option>
            <option value="free-places">{t('filters.sortFree')}</option>
            <option value="newest">{t('filters.sortNewest')}</option>
          </Select>
        </Field>
        <Checkbox
          className="hb-filter hb-filter--check"
          label={t('filters.hasCapacity')}
          checked={query.hasCapacity === 'true'}
          onChange={(e) => set('hasCapacity', e.target.checked ? 'true' : null)}
        />
      </div>
      {list.isPending ? (
        <ListSkeleton />
      ) : list.isError ? (
        <LoadError ns="mentoring" error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <div className="hb-stack">
          <Paragraph>{t('filters.empty')}</Paragraph>
          <div>
            <Button variant="secondary" onClick={clear}>
              {t('filters.clear')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p role="status" className="hb-result-count">
            {t('filters.results', { count: list.data.totalItems })}
          </p>
          <ul className="hb-card-list" aria-label={t('find.directoryTitle')}>
            {list.data.items.map((m) => (
              <li key={m.id}>
                <MentorCard mentor={m} />
              </li>
            ))}
          </ul>
          <Pager
            size="sm"
            page={list.data.page}
            totalPages={list.data.totalPages}
            onPage={(p) => {
              setPage(p);
              document.getElementById('hb-directory-title')?.scrollIntoView();
            }}
          />
        </>
      )}
    </section>
  );
}

/** A nudge when unanswered questions have been offered to this member. */
function QuestionsTeaser() {
  const { t } = useTranslation('mentoring');
  const offers = useQuestionOffers();
  if (!offers.data?.length) return null;
  return (
    <Card variant="tinted" data-color="warning">
      <Heading level={2} data-size="xs">
        {t('questions.title')}
      </Heading>
      <Paragraph>{t('questions.teaser', { count: offers.data.length })}</Paragraph>
      <Link to="/mentoring/questions" className="ds-link">
        {t('questions.teaserLink')}
      </Link>
    </Card>
  );
}

function BecomeMentor() {
  const { t } = useTranslation('mentoring');
  const profile = useMyMentorProfile();
  if (profile.isPending || profile.isError) return null;
  if (profile.data) {
    return (
      <Card variant="tinted">
        <Paragraph>{t('find.youAreMentor')}</Paragraph>
        <Link to="/mentoring/mine" className="ds-link">
          {t('nav.mine')}
        </Link>
      </Card>
    );
  }
  return (
    <Card variant="tinted">
      <Heading level={2} data-size="xs">
        {t('find.becomeTitle')}
      </Heading>
      <Paragraph>{t('find.becomeBody')}</Paragraph>
      <Link to="/mentoring/settings" className="ds-link">
        {t('find.becomeLink')}
      </Link>
    </Card>
  );
}
