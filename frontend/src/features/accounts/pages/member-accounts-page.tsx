import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { RequireRole } from '@/components/ui/require-role';
import { useMemberAccounts } from '../api/member-accounts';
import { AccountCard } from '../components/account-card';
import { AuthPage } from '../components/auth-page';
import { MemberAccountsSearch } from '../components/member-accounts-search';

/** Coordinators find accounts and suspend, lift or change the coordinator role. */
export function MemberAccountsPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <MemberAccounts />
    </RequireRole>
  );
}

function MemberAccounts() {
  const { t } = useTranslation('accounts');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const accounts = useMemberAccounts({ q: q || undefined, size: 50 });
  const items = accounts.data?.items ?? [];

  return (
    <AuthPage title={t('memberAccounts.title')} before={<CoordinatorNav />}>
      <Paragraph>{t('memberAccounts.lead')}</Paragraph>
      <MemberAccountsSearch q={q} onSearch={setParams} />
      {accounts.isPending && <Skeleton variant="rectangle" height="10rem" />}
      {accounts.isError && (
        <Alert data-color="danger" role="alert">
          {t('errors.network')}
        </Alert>
      )}
      {accounts.isSuccess && items.length === 0 && (
        <Paragraph>{t('memberAccounts.empty')}</Paragraph>
      )}
      <ul className="hb-approvals">
        {items.map((account) => (
          <li key={account.id}>
            <AccountCard account={account} />
          </li>
        ))}
      </ul>
    </AuthPage>
  );
}
