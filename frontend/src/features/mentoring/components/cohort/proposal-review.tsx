import { Alert, Button, Checkbox, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useProblemText } from '@/lib/forms/problem-text';
import { useSelection } from '@/lib/forms/use-selection';
import { useLanguage } from '@/lib/use-language';
import { useDecideProposal } from '../../api/coordination';
import type { CohortProposal } from '../../api/types';
import { PagedTable } from './paged-table';
import { ProblemAlert } from '@/components/ui/live-alert';
import { HeadedSection } from '@/components/ui/section';

/** A proposed cohort: who gets which mentor, rows to leave out, confirm or discard. */
export function ProposalReview({
  proposal,
  onDone,
}: {
  proposal: CohortProposal;
  onDone: () => void;
}) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const decide = useDecideProposal();
  const problem = useProblemText('mentoring');
  const excluded = useSelection();
  const result = decide.data ?? proposal;
  const decided = result.status !== 'PROPOSED';
  const rows = result.assignments;
  const act = (status: 'CONFIRMED' | 'DISCARDED') =>
    decide.mutate({ id: proposal.id, status, excludedMenteeIds: [...excluded.ids] });
  return (
    <HeadedSection id="hb-proposal" title={t('cohort.proposalTitle')}>
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
      <ProblemAlert call={decide} text={problem} />
      <PagedTable
        rows={rows}
        head={
          <>
            <Table.HeaderCell>{t('cohort.mentee')}</Table.HeaderCell>
            <Table.HeaderCell>{t('cohort.mentor')}</Table.HeaderCell>
            <Table.HeaderCell>{t('cohort.score')}</Table.HeaderCell>
            {!decided && <Table.HeaderCell>{t('cohort.include')}</Table.HeaderCell>}
          </>
        }
        row={(a) => (
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
                    onChange={(e) => excluded.set(a.mentee.id, !e.target.checked)}
                  />
                ) : null}
              </Table.Cell>
            )}
          </Table.Row>
        )}
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
    </HeadedSection>
  );
}
