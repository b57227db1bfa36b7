import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Select,
  Skeleton,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { useSearchParams } from 'react-router';
import { RequireRole } from '@/components/ui/require-role';
import { ApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import {
  taxonomyKinds,
  termName,
  useEmailDomainMutations,
  useEmailDomains,
  useSaveTerm,
  useTaxonomies,
  type TaxonomyKind,
  type TaxonomyTerm,
} from '../api/taxonomies';
import { SelectField } from '../components/select-field';
import '../components/profiles.css';

type ListName = TaxonomyKind | 'DOMAINS';

export function TaxonomiesPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Taxonomies />
    </RequireRole>
  );
}

function useErrorMessage() {
  const { t } = useTranslation('profiles');
  return (e: unknown) => {
    const code = e instanceof ApiError ? (e.problem.code ?? 'generic') : 'network';
    return t(`errors.${code}` as 'errors.generic', { defaultValue: t('errors.generic') });
  };
}

function Taxonomies() {
  const { t } = useTranslation('profiles');
  useDocumentTitle(t('taxonomies.title'));
  const [params, setParams] = useSearchParams();
  const raw = params.get('list');
  const list: ListName =
    raw === 'DOMAINS' || taxonomyKinds.includes(raw as TaxonomyKind) ? (raw as ListName) : 'SYSTEM';
  return (
    <article className="hb-stack">
      <CoordinatorNav />
      <Heading level={1} data-size="lg">
        {t('taxonomies.title')}
      </Heading>
      <Paragraph>{t('taxonomies.lead')}</Paragraph>
      <SelectField
        label={t('taxonomies.kind')}
        value={list}
        onChange={(e) => setParams({ list: e.target.value })}
      >
        {[...taxonomyKinds, 'DOMAINS' as const].map((k) => (
          <Select.Option key={k} value={k}>
            {t(`taxonomies.kinds.${k}`)}
          </Select.Option>
        ))}
      </SelectField>
      <Heading level={2} data-size="sm">
        {t(`taxonomies.kinds.${list}`)}
      </Heading>
      {list === 'DOMAINS' ? <Domains /> : <Terms kind={list} />}
    </article>
  );
}

function Terms({ kind }: { kind: TaxonomyKind }) {
  const { t } = useTranslation('profiles');
  const { language } = useLanguage();
  const taxonomies = useTaxonomies();
  const save = useSaveTerm();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const terms = (taxonomies.data ?? []).filter((term) => term.kind === kind);
  const regions = (taxonomies.data ?? []).filter((term) => term.kind === 'REGION');

  const submit = (term: TaxonomyTerm | null) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    const data = new FormData(e.currentTarget);
    const parent = data.get('parentId');
    save.mutate(
      {
        id: term?.id,
        input: {
          kind,
          code: term ? term.code : String(data.get('code') ?? ''),
          nameNb: String(data.get('nameNb') ?? ''),
          nameEn: String(data.get('nameEn') ?? ''),
          parentId: parent ? Number(parent) : null,
          sortOrder: term?.sortOrder,
          archived: term?.archived,
        },
      },
      {
        onSuccess: () => {
          setEditing(null);
          if (!term) e.currentTarget?.reset();
        },
        onError: (err) => setError(errorMessage(err)),
      },
    );
  };

  const toggleArchive = (term: TaxonomyTerm) =>
    save.mutate(
      {
        id: term.id,
        input: { ...term, parentId: term.parentId ?? null, archived: !term.archived },
      },
      { onError: (err) => setError(errorMessage(err)) },
    );

  const fields = (term: TaxonomyTerm | null) => (
    <>
      <Textfield
        label={t('taxonomies.nameNb')}
        name="nameNb"
        defaultValue={term?.nameNb}
        required
      />
      <Textfield
        label={t('taxonomies.nameEn')}
        name="nameEn"
        defaultValue={term?.nameEn}
        required
      />
      {!term && (
        <Textfield
          label={t('taxonomies.code')}
          description={t('taxonomies.codeHint')}
          name="code"
          required
        />
      )}
      {kind === 'COUNTY' && (
        <SelectField
          label={t('taxonomies.parent')}
          name="parentId"
          defaultValue={term?.parentId ?? ''}
        >
          {regions.map((r) => (
            <Select.Option key={r.id} value={String(r.id)}>
              {termName(r, language)}
            </Select.Option>
          ))}
        </SelectField>
      )}
    </>
  );

  if (taxonomies.isPending) return <Skeleton variant="rectangle" height="12rem" />;
  return (
    <div className="hb-stack">
      {error && (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      )}
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
                  <form className="hb-term-form" onSubmit={submit(term)}>
                    {fields(term)}
                    <div className="hb-directory__actions">
                      <Button type="submit" data-size="sm">
                        {t('taxonomies.save')}
                      </Button>
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        onClick={() => setEditing(null)}
                      >
                        {t('taxonomies.cancel')}
                      </Button>
                    </div>
                  </form>
                </Table.Cell>
              </Table.Row>
            ) : (
              <Table.Row key={term.id}>
                <Table.Cell>
                  {term.nameNb}{' '}
                  {term.archived && <Tag data-color="warning">{t('taxonomies.archived')}</Tag>}
                </Table.Cell>
                <Table.Cell lang="en">{term.nameEn}</Table.Cell>
                <Table.Cell>
                  <div className="hb-directory__actions">
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('taxonomies.rename', { name: termName(term, language) })}
                      onClick={() => setEditing(term.id)}
                    >
                      ✎
                    </Button>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={
                        term.archived
                          ? t('taxonomies.restore', { name: termName(term, language) })
                          : t('taxonomies.archive', { name: termName(term, language) })
                      }
                      onClick={() => toggleArchive(term)}
                    >
                      {term.archived ? '↺' : '×'}
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ),
          )}
        </Table.Body>
      </Table>
      <Heading level={3} data-size="xs">
        {t('taxonomies.addTitle')}
      </Heading>
      <form className="hb-term-form" onSubmit={submit(null)}>
        {fields(null)}
        <div className="hb-directory__actions">
          <Button type="submit">{t('taxonomies.add')}</Button>
        </div>
      </form>
    </div>
  );
}

function Domains() {
  const { t } = useTranslation('profiles');
  const domains = useEmailDomains(true);
  const { add, remove } = useEmailDomainMutations();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    const form = e.currentTarget;
    const data = new FormData(form);
    add.mutate(
      {
        domain: String(data.get('domain') ?? ''),
        organisation: String(data.get('organisation') ?? ''),
      },
      { onSuccess: () => form.reset(), onError: (err) => setError(errorMessage(err)) },
    );
  };

  if (domains.isPending) return <Skeleton variant="rectangle" height="12rem" />;
  return (
    <div className="hb-stack">
      {error && (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      )}
      <form className="hb-term-form" onSubmit={submit}>
        <Textfield
          label={t('taxonomies.domain')}
          description={t('taxonomies.domainHint')}
          name="domain"
          required
        />
        <Textfield label={t('taxonomies.domainOrganisation')} name="organisation" required />
        <div className="hb-directory__actions">
          <Button type="submit">{t('taxonomies.addDomain')}</Button>
        </div>
      </form>
      <Table data-size="sm" className="hb-term-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('taxonomies.domain')}</Table.HeaderCell>
            <Table.HeaderCell>{t('taxonomies.domainOrganisation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('taxonomies.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {(domains.data ?? []).map((d) => (
            <Table.Row key={d.id}>
              <Table.Cell>{d.domain}</Table.Cell>
              <Table.Cell>{d.organisation}</Table.Cell>
              <Table.Cell>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('taxonomies.removeDomain', { domain: d.domain })}
                  onClick={() =>
                    remove.mutate(d.id, { onError: (err) => setError(errorMessage(err)) })
                  }
                >
                  ×
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
