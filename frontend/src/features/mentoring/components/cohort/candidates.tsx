import { Button, Checkbox, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { QuerySection } from '@/components/ui/section';
import { useProblemText } from '@/lib/forms/problem-text';
import { useSelection } from '@/lib/forms/use-selection';
import { useCohortCandidates, usePropose } from '../../api/coordination';
import { PagedTable } from './paged-table';
import type { CohortCandidate, CohortProposal } from '../../api/types';
import { useListFormat, useTermName } from '../use-term-name';
import { ProblemAlert } from '@/components/ui/live-alert';

/** The mentees waiting for a mentor, to tick and propose a cohort for. */
export function Candidates({ onProposal }: { onProposal: (p: CohortProposal) => void }) {
  const { t } = useTranslation('mentoring');
  const candidates = useCohortCandidates();
  return (
    <QuerySection
      id="hb-candidates"
      title={t('cohort.candidatesTitle')}
      lead={<Paragraph>{t('cohort.candidatesLead')}</Paragraph>}
      query={candidates}
      ns="mentoring"
      empty={t('cohort.candidatesEmpty')}
      render={(all) => <CandidateSelection all={all} onProposal={onProposal} />}
    />
  );
}

function CandidateSelection({
  all,
  onProposal,
}: {
  all: CohortCandidate[];
  onProposal: (p: CohortProposal) => void;
}) {
  const { t } = useTranslation('mentoring');
  const propose = usePropose();
  const problem = useProblemText('mentoring');
  const name = useTermName();
  const list = useListFormat();
  const selected = useSelection();
  const [message, setMessage] = useState(t('cohort.messageDefault'));
  const allSelected = all.every((c) => selected.has(c.member.id));
  return (
    <>
      <Checkbox
        label={t('cohort.selectAll', { count: all.length })}
        checked={allSelected}
        onChange={(e) =>
          e.target.checked ? selected.setAll(all.map((c) => c.member.id)) : selected.clear()
        }
      />
      <PagedTable
        rows={all}
        head={
          <>
            <Table.HeaderCell>{t('cohort.mentee')}</Table.HeaderCell>
            <Table.HeaderCell>{t('cohort.needs')}</Table.HeaderCell>
          </>
        }
        row={(c) => {
          const needs = [...c.systems, ...c.topics];
          return (
            <Table.Row key={c.member.id}>
              <Table.Cell>
                <Checkbox
                  label={c.member.displayName}
                  checked={selected.has(c.member.id)}
                  onChange={(e) => selected.set(c.member.id, e.target.checked)}
                />
              </Table.Cell>
              <Table.Cell>
                {needs.length ? list(needs.map(name)) : t('common.notStated')}
              </Table.Cell>
            </Table.Row>
          );
        }}
      />
      <p role="status">{t('cohort.selected', { count: selected.ids.size })}</p>
      <Textfield
        multiline
        rows={3}
        label={t('cohort.message')}
        value={message}
        maxLength={2000}
        onChange={(e) => setMessage(e.target.value)}
      />
      <PatientDataNotice error={propose.error} field="message" text={propose.variables?.message} />
      <ProblemAlert call={propose} text={problem} />
      <div>
        <Button
          disabled={selected.ids.size === 0 || !message.trim() || propose.isPending}
          onClick={() =>
            propose.mutate(
              { menteeIds: [...selected.ids], message: message.trim() },
              { onSuccess: onProposal },
            )
          }
        >
          {propose.isPending ? t('cohort.proposing') : t('cohort.propose')}
        </Button>
      </div>
    </>
  );
}
