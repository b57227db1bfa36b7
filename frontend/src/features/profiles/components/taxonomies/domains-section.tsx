import { Button, Table, Textfield } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { useEmailDomainMutations, useEmailDomains } from '../../api/taxonomies';
import { useProfilesForm, useProfilesProblem } from './use-profiles-form';
import { ProblemAlert } from '@/components/ui/live-alert';

export const domainSchema = z.object({
  domain: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  organisation: z.string().trim().min(1, 'required').max(200, 'tooLong'),
});
type Values = z.infer<typeof domainSchema>;

/** The e-mail domains approved automatically: a form to add one and the list to remove from. */
export function DomainsSection() {
  const { t } = useTranslation('profiles');
  const domains = useEmailDomains(true);
  const { remove } = useEmailDomainMutations();
  const problem = useProfilesProblem();
  if (domains.isPending) return <Skeleton variant="rectangle" height="12rem" />;
  return (
    <div className="hb-stack">
      <DomainForm />
      <ProblemAlert call={remove} text={problem} />
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
                  onClick={() => remove.mutate(d.id)}
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

function DomainForm() {
  const { t } = useTranslation('profiles');
  const { add } = useEmailDomainMutations();
  const { register, reset, problem, message, serverErrors, errors, submit } =
    useProfilesForm<Values>(domainSchema, { domain: '', organisation: '' });
  const onSubmit = (v: Values) =>
    add.mutate(v, {
      onSuccess: () => reset(),
      onError: serverErrors(['domain', 'organisation']),
    });
  return (
    <form className="hb-term-form" noValidate onSubmit={submit(onSubmit)}>
      <ProblemAlert call={add} text={problem} />
      <Textfield
        label={t('taxonomies.domain')}
        description={t('taxonomies.domainHint')}
        required
        error={message(errors.domain)}
        {...register('domain')}
      />
      <Textfield
        label={t('taxonomies.domainOrganisation')}
        required
        error={message(errors.organisation)}
        {...register('organisation')}
      />
      <PatientDataNotice
        error={add.error}
        field="organisation"
        text={add.variables?.organisation}
      />
      <div className="hb-directory__actions">
        <Button type="submit" disabled={add.isPending}>
          {t('taxonomies.addDomain')}
        </Button>
      </div>
    </form>
  );
}
