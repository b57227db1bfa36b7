import { Alert, Button, Heading, Paragraph, Skeleton, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { RequireRole } from '@/components/ui/require-role';
import { formatWhen } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useMemberAccountAction, useMemberAccounts } from '../api/member-accounts';
import { AuthPage } from '../components/auth-page';

/** Coordinators' approval queue: members whose e-mail domain is not on the allow-list. */
export function ApprovalsPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Approvals />
    </RequireRole>
  );
}

function Approvals() {
  const { t } = useTranslation('accounts');
  const { language } = useLanguage();
  const queue = useMemberAccounts({ status: 'PENDING_APPROVAL', size: 100 });
  const waiting = queue.data?.items ?? [];
  const action = useMemberAccountAction();
  const [notice, setNotice] = useState<string | null>(null);

  const act = (id: number, name: string, kind: 'approve' | 'reject') => {
    setNotice(null);
    action.mutate(
      { id, action: kind },
      {
        onSuccess: () =>
          setNotice(
            kind === 'approve'
              ? t('approvals.approved', { name })
              : t('approvals.rejected', { name }),
          ),
      },
    );
  };

  return (
    <AuthPage title={t('approvals.title')} before={<CoordinatorNav />}>
      <Paragraph>{t('approvals.lead')}</Paragraph>
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      {action.isError && (
        <Alert data-color="danger" role="alert">
          {t('errors.generic')}
        </Alert>
      )}
      {queue.isPending && <Skeleton variant="rectangle" height="8rem" />}
      {queue.isError && (
        <Alert data-color="danger" role="alert">
          {t('errors.network')}
        </Alert>
      )}
      {queue.isSuccess && waiting.length === 0 && <Paragraph>{t('approvals.empty')}</Paragraph>}
      {waiting.length > 0 && (
        <ul className="hb-approvals">
          {waiting.map((m) => (
            <li key={m.id} className="hb-approvals__item">
              <Heading level={2} data-size="2xs">
                {m.displayName}
              </Heading>
              <Table data-size="sm" className="hb-approvals__facts">
                <Table.Body>
                  <Table.Row>
                    <Table.HeaderCell scope="row">{t('approvals.email')}</Table.HeaderCell>
                    <Table.Cell>{m.email}</Table.Cell>
                  </Table.Row>
                  <Table.Row>
                    <Table.HeaderCell scope="row">{t('approvals.organisation')}</Table.HeaderCell>
                    <Table.Cell>{m.organisation ?? '–'}</Table.Cell>
                  </Table.Row>
                  <Table.Row>
                    <Table.HeaderCell scope="row">{t('approvals.registered')}</Table.HeaderCell>
                    <Table.Cell>{formatWhen(m.registeredAt, language)}</Table.Cell>
                  </Table.Row>
                </Table.Body>
              </Table>
              <div className="hb-auth-form__actions">
                <Button
                  aria-label={t('approvals.approve', { name: m.displayName })}
                  disabled={action.isPending}
                  onClick={() => act(m.id, m.displayName, 'approve')}
                >
                  {t('approvals.approveShort')}
                </Button>
                <Button
                  variant="secondary"
                  data-color="danger"
                  aria-label={t('approvals.reject', { name: m.displayName })}
                  disabled={action.isPending}
                  onClick={() => act(m.id, m.displayName, 'reject')}
                >
                  {t('approvals.rejectShort')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </AuthPage>
  );
}
