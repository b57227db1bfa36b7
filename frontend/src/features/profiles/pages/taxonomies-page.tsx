import { Heading, Paragraph, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { RequireRole } from '@/components/ui/require-role';
import { taxonomyKinds, type TaxonomyKind } from '../api/taxonomies';
import { SelectField } from '../components/select-field';
import { DomainsSection } from '../components/taxonomies/domains-section';
import { TermsSection } from '../components/taxonomies/terms-section';
import '../components/profiles.css';
import { PageTitle } from '@/components/ui/page-title';

type ListName = TaxonomyKind | 'DOMAINS';

export function TaxonomiesPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Taxonomies />
    </RequireRole>
  );
}

function Taxonomies() {
  const { t } = useTranslation('profiles');
  const [params, setParams] = useSearchParams();
  const raw = params.get('list');
  const list: ListName =
    raw === 'DOMAINS' || taxonomyKinds.includes(raw as TaxonomyKind) ? (raw as ListName) : 'SYSTEM';
  return (
    <article className="hb-stack">
      <CoordinatorNav />
      <PageTitle>{t('taxonomies.title')}</PageTitle>
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
      {list === 'DOMAINS' ? <DomainsSection /> : <TermsSection kind={list} />}
    </article>
  );
}
