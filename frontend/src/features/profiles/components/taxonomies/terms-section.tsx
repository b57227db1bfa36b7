import { Button, Heading, Table, Tag } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/use-language';
import {
  termName,
  useSaveTerm,
  useTaxonomies,
  type TaxonomyKind,
  type TaxonomyTerm,
} from '../../api/taxonomies';
import { useProfilesProblem } from './use-profiles-form';
import { TermForm } from './term-form';
import { ProblemAlert } from '@/components/ui/live-alert';

/** One list's terms: rename or archive each in its row, and a form to add one. */
export function TermsSection({ kind }: { kind: TaxonomyKind }) {
  const { t } = useTranslation('profiles');
  const taxonomies = useTaxonomies();
  const [editing, setEditing] = useState<number | null>(null);
  const terms = (taxonomies.data ?? []).filter((term) => term.kind === kind);
  const regions = (taxonomies.data ?? []).filter((term) => term.kind === 'REGION');
  if (taxonomies.isPending) return <Skeleton variant="rectangle" height="12rem" />;
  return (
    <div className="hb-stack">
      <Table data-size="sm" className="hb-term-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('taxonomies.nameNb')}</Table.HeaderCell>
            <Table.HeaderCell>{t('taxonomies.nameEn')}</Table.HeaderCell>
            <Table.HeaderCell>{t('taxonomies.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {terms.map((term) =>
            editing === term.id ? (
              <Table.Row key={term.id}>
                <Table.Cell colSpan={3}>
                  <TermForm
                    kind={kind}
                    term={term}
                    regions={regions}
                    onDone={() => setEditing(null)}
                    onCancel={() => setEditing(null)}
                  />
                </Table.Cell>
              </Table.Row>
            ) : (
              <TermRow key={term.id} term={term} onEdit={() => setEditing(term.id)} />
            ),
          )}
        </Table.Body>
      </Table>
      <Heading level={3} data-size="xs">
        {t('taxonomies.addTitle')}
      </Heading>
      <TermForm kind={kind} term={null} regions={regions} />
    </div>
  );
}

function TermRow({ term, onEdit }: { term: TaxonomyTerm; onEdit: () => void }) {
  const { t } = useTranslation('profiles');
  const { language } = useLanguage();
  const save = useSaveTerm();
  const problem = useProfilesProblem();
  const name = termName(term, language);
  const toggleArchive = () =>
    save.mutate({
      id: term.id,
      input: { ...term, parentId: term.parentId ?? null, archived: !term.archived },
    });
  return (
    <Table.Row>
      <Table.Cell>
        {term.nameNb} {term.archived && <Tag data-color="warning">{t('taxonomies.archived')}</Tag>}
        <ProblemAlert call={save} text={problem} size="sm" />
      </Table.Cell>
      <Table.Cell lang="en">{term.nameEn}</Table.Cell>
      <Table.Cell>
        <div className="hb-directory__actions">
          <Button
            variant="tertiary"
            data-size="sm"
            aria-label={t('taxonomies.rename', { name })}
            onClick={onEdit}
          >
            ✎
          </Button>
          <Button
            variant="tertiary"
            data-size="sm"
            aria-label={
              term.archived ? t('taxonomies.restore', { name }) : t('taxonomies.archive', { name })
            }
            onClick={toggleArchive}
          >
            {term.archived ? '↺' : '×'}
          </Button>
        </div>
      </Table.Cell>
    </Table.Row>
  );
}
