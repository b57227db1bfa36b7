import {
  Alert,
  Button,
  Checkbox,
  Heading,
  Paragraph,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/components/ui/require-role';
import { formatNumber, formatWhen } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import {
  useCohortCandidates,
  useDecideProposal,
  usePropose,
  useSaveWeights,
  useWeights,
} from '../api/coordination';
import { factors, type CohortProposal, type Factor, type MatchingWeights } from '../api/types';
import { MentoringNav } from '../components/mentoring-nav';
import { useListFormat, useTermName } from '../components/use-term-name';
import '../mentoring.css';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { Pager } from '@/components/ui/pager';
import { useProblemText } from '@/lib/forms/problem-text';

export function CohortPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Cohort />
    </RequireRole>
  );
}

function Cohort() {
  const { t } = useTranslation('mentoring');
  useDocumentTitle(t('cohort.title'));
  const [proposal, setProposal] = useState<CohortProposal | null>(null);
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('cohort.title')}
      </Heading>
      <MentoringNav />
      <Paragraph>{t('cohort.lead')}</Paragraph>
      {proposal ? (
        <Review proposal={proposal} onDone={() => setProposal(null)} />
      ) : (
        <Candidates onProposal={setProposal} />
      )}
      <WeightsForm />
    </div>
  );
}

const pageSize = 25;

function Candidates({ onProposal }: { onProposal: (p: CohortProposal) => void }) {
  const { t } = useTranslation('mentoring');
  const candidates = useCohortCandidates();
  const propose = usePropose();
  const problem = useProblemText('mentoring');
  const name = useTermName();
  const list = useListFormat();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState(t('cohort.messageDefault'));
  const [page, setPage] = useState(0);
  const all = candidates.data ?? [];
  const allSelected = all.length > 0 && all.every((c) => selected.has(c.member.id));
  const toggle = (id: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  return (
    <section className="hb-stack" aria-labelledby="hb-candidates">
      <Heading level={2} data-size="md" id="hb-candidates">
        {t('cohort.candidatesTitle')}
      </Heading>
      <Paragraph>{t('cohort.candidatesLead')}</Paragraph>
      {candidates.isPending ? (
        <ListSkeleton />
      ) : candidates.isError ? (
        <LoadError
          ns="mentoring"
          error={candidates.error}
          retry={() => void candidates.refetch()}
        />
      ) : all.length === 0 ? (
        <Paragraph>{t('cohort.candidatesEmpty')}</Paragraph>
      ) : (
        <>
          <Checkbox
            label={t('cohort.selectAll', { count: all.length })}
            checked={allSelected}
            onChange={(e) =>
              setSelected(e.target.checked ? new Set(all.map((c) => c.member.id)) : new Set())
            }
          />
          <div className="hb-table-wrap">
            <Table zebra data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('cohort.mentee')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('cohort.needs')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {all.slice(page * pageSize, (page + 1) * pageSize).map((c) => (
                  <Table.Row key={c.member.id}>
                    <Table.Cell>
                      <Checkbox
                        label={c.member.displayName}
                        checked={selected.has(c.member.id)}
                        onChange={(e) => toggle(c.member.id, e.target.checked)}
                      />
                    </Table.Cell>
                    <Table.Cell>
                      {[...c.systems, ...c.topics].length
                        ? list([...c.systems, ...c.topics].map(name))
                        : t('common.notStated')}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pager
            size="sm"
            page={page}
            totalPages={Math.ceil(all.length / pageSize)}
            onPage={setPage}
          />
          <p role="status">{t('cohort.selected', { count: selected.size })}</p>
          <Textfield
            multiline
            rows={3}
            label={t('cohort.message')}
            value={message}
            maxLength={2000}
            onChange={(e) => setMessage(e.target.value)}
          />
          {propose.isError && (
            <Alert data-color="danger" role="alert">
              {problem(propose.error)}
            </Alert>
          )}
          <div>
            <Button
              disabled={selected.size === 0 || !message.trim() || propose.isPending}
              onClick={() =>
                propose.mutate(
                  { menteeIds: [...selected], message: message.trim() },
                  { onSuccess: onProposal },
                )
              }
            >
              {propose.isPending ? t('cohort.proposing') : t('cohort.propose')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function Review({ proposal, onDone }: { proposal: CohortProposal; onDone: () => void }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const decide = useDecideProposal();
  const problem = useProblemText('mentoring');
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [page, setPage] = useState(0);
  const result = decide.data ?? proposal;
  const decided = result.status !== 'PROPOSED';
  const rows = result.assignments;
  const act = (status: 'CONFIRMED' | 'DISCARDED') =>
    decide.mutate({ id: proposal.id, status, excludedMenteeIds: [...excluded] });
  return (
    <section className="hb-stack" aria-labelledby="hb-proposal">
      <Heading level={2} data-size="md" id="hb-proposal">
        {t('cohort.proposalTitle')}
      </Heading>
      <Paragraph>
        {t('cohort.summary', {
          assigned: result.assignedCount,
          total: result.menteeCount,
          score: formatNumber(Math.round(result.total), language),
          greedy: formatNumber(Math.round(result.greedyTotal), language),
          ms: formatNumber(result.elapsedMs, language),
        })}
      </Paragraph>
      {result.status === 'CONFIRMED' && (
        <Alert data-color="success" role="status">
          {t('cohort.confirmed', {
            created: result.requestsCreated ?? 0,
            skipped: result.requestsSkipped ?? 0,
          })}
        </Alert>
      )}
      {result.status === 'DISCARDED' && (
        <Alert data-color="info" role="status">
          {t('cohort.discarded')}
        </Alert>
      )}
      {decide.isError && (
        <Alert data-color="danger" role="alert">
          {problem(decide.error)}
        </Alert>
      )}
      <div className="hb-table-wrap">
        <Table zebra data-size="sm">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('cohort.mentee')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cohort.mentor')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cohort.score')}</Table.HeaderCell>
              {!decided && <Table.HeaderCell>{t('cohort.include')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.slice(page * pageSize, (page + 1) * pageSize).map((a) => (
              <Table.Row key={a.mentee.id}>
                <Table.Cell>{a.mentee.displayName}</Table.Cell>
                <Table.Cell>{a.mentor ? a.mentor.displayName : t('cohort.noMentor')}</Table.Cell>
                <Table.Cell>{a.mentor ? `${a.score} %` : '–'}</Table.Cell>
                {!decided && (
                  <Table.Cell>
                    {a.mentor ? (
                      <Checkbox
                        aria-label={t('cohort.includeRow', { name: a.mentee.displayName })}
                        checked={!excluded.has(a.mentee.id)}
                        onChange={(e) => {
                          const next = new Set(excluded);
                          if (e.target.checked) next.delete(a.mentee.id);
                          else next.add(a.mentee.id);
                          setExcluded(next);
                        }}
                      />
                    ) : null}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Pager
        size="sm"
        page={page}
        totalPages={Math.ceil(rows.length / pageSize)}
        onPage={setPage}
      />
      <div className="hb-actions">
        {decided ? (
          <Button variant="secondary" onClick={onDone}>
            {t('cohort.startOver')}
          </Button>
        ) : (
          <>
            <Button disabled={decide.isPending} onClick={() => act('CONFIRMED')}>
              {t('cohort.confirm')}
            </Button>
            <Button
              variant="secondary"
              disabled={decide.isPending}
              onClick={() => act('DISCARDED')}
            >
              {t('cohort.discard')}
            </Button>
          </>
        )}
      </div>
    </section>
  );
}

function WeightsForm() {
  const { t } = useTranslation('mentoring');
  const weights = useWeights();
  return (
    <section className="hb-stack" aria-labelledby="hb-weights">
      <Heading level={2} data-size="md" id="hb-weights">
        {t('cohort.weightsTitle')}
      </Heading>
      <Paragraph>{t('cohort.weightsLead')}</Paragraph>
      {weights.isPending ? (
        <ListSkeleton rows={1} />
      ) : weights.isError ? (
        <LoadError ns="mentoring" error={weights.error} retry={() => void weights.refetch()} />
      ) : (
        <WeightFields current={weights.data} />
      )}
    </section>
  );
}

function WeightFields({ current }: { current: MatchingWeights }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const save = useSaveWeights();
  const problem = useProblemText('mentoring');
  const [values, setValues] = useState<Record<Factor, string>>(
    () =>
      Object.fromEntries(factors.map((f) => [f, String(current.weights[f] ?? 0)])) as Record<
        Factor,
        string
      >,
  );
  const invalid = useMemo(
    () =>
      factors.filter((f) => {
        const n = Number(values[f]);
        return values[f] === '' || !Number.isInteger(n) || n < 0 || n > current.max;
      }),
    [values, current.max],
  );
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (invalid.length) return;
    save.mutate(
      Object.fromEntries(factors.map((f) => [f, Number(values[f])])) as Record<Factor, number>,
    );
  };
  const shown = save.data ?? current;
  return (
    <form className="hb-form" noValidate onSubmit={submit}>
      {save.isSuccess && (
        <Alert data-color="success" role="status">
          {t('cohort.weightsSaved')}
        </Alert>
      )}
      {save.isError && (
        <Alert data-color="danger" role="alert">
          {problem(save.error)}
        </Alert>
      )}
      <div className="hb-weights">
        {factors.map((f) => (
          <Textfield
            key={f}
            type="number"
            inputMode="numeric"
            min={0}
            max={current.max}
            label={t(`factor.${f}`)}
            value={values[f]}
            error={invalid.includes(f) ? t('errors.weight-range') : undefined}
            onChange={(e) => setValues({ ...values, [f]: e.target.value })}
          />
        ))}
      </div>
      {shown.updatedAt && shown.updatedBy ? (
        <Paragraph data-size="sm">
          {t('cohort.weightsUpdated', {
            when: formatWhen(shown.updatedAt, language),
            name: shown.updatedBy.displayName,
          })}
        </Paragraph>
      ) : null}
      <div>
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('cohort.saveWeights')}
        </Button>
      </div>
    </form>
  );
}
