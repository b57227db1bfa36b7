import {
  Alert,
  Button,
  Card,
  Dialog,
  Heading,
  Paragraph,
  Skeleton,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { RequireRole } from '@/components/ui/require-role';
import { ApiError } from '@/lib/api-client';
import { formatDate, formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useSession } from '@/lib/session';
import {
  useMemberAccountAction,
  useMemberAccounts,
  type MemberAccount,
} from '../api/member-accounts';
import { AuthPage } from '../components/auth-page';

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
  const [draft, setDraft] = useState(q);
  const accounts = useMemberAccounts({ q: q || undefined, size: 50 });
  const items = accounts.data?.items ?? [];

  return (
    <AuthPage title={t('memberAccounts.title')} before={<CoordinatorNav />}>
      <Paragraph>{t('memberAccounts.lead')}</Paragraph>
      <form
        role="search"
        className="hb-auth-form"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(draft ? { q: draft } : {});
        }}
      >
        <Textfield
          label={t('memberAccounts.search')}
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <div>
          <Button type="submit">{t('memberAccounts.searchButton')}</Button>
        </div>
      </form>
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

function AccountCard({ account }: { account: MemberAccount }) {
  const { t } = useTranslation('accounts');
  const { language } = useLanguage();
  const { member } = useSession();
  const action = useMemberAccountAction();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [reasonMissing, setReasonMissing] = useState(false);
  const name = account.displayName;
  const self = member?.id === account.id;

  const run = (kind: 'lift' | 'promote' | 'demote' | 'suspend', body?: unknown) => {
    setError(null);
    setDone(false);
    action.mutate(
      { id: account.id, action: kind, body },
      {
        onSuccess: () => {
          setDone(true);
          dialog.current?.close();
        },
        onError: (e) =>
          setError(
            t(
              `errors.${e instanceof ApiError ? (e.problem.code ?? 'generic') : 'network'}` as 'errors.generic',
              {
                defaultValue: t('errors.generic'),
              },
            ),
          ),
      },
    );
  };

  const suspend = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const lastDay = String(data.get('until') ?? '');
    const reason = String(data.get('reason') ?? '').trim();
    if (!reason) {
      setReasonMissing(true);
      e.currentTarget.querySelector<HTMLTextAreaElement>('textarea[name=reason]')?.focus();
      return;
    }
    // The day itself, not a time: the server ends the suspension when the next Norwegian day
    // begins, whatever this browser's time zone.
    run('suspend', { reason, lastDay: lastDay || null });
  };

  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="2xs">
        {name}
      </Heading>
      <Paragraph data-size="sm">{account.email}</Paragraph>
      <div className="hb-account-links">
        <Tag data-color={account.status === 'SUSPENDED' ? 'warning' : 'neutral'}>
          {t(`memberAccounts.status.${account.status}`)}
        </Tag>
        {account.coordinator && <Tag data-color="info">{t('memberAccounts.coordinator')}</Tag>}
      </div>
      {account.status === 'SUSPENDED' && account.suspendedUntil && (
        <Paragraph data-size="sm">
          {account.suspendedThrough
            ? t('memberAccounts.suspendedThrough', {
                date: formatDate(account.suspendedThrough, language),
              })
            : t('memberAccounts.suspendedUntil', {
                date: formatDateTime(account.suspendedUntil, language),
              })}
        </Paragraph>
      )}
      {account.suspensionReason && <Paragraph data-size="sm">{account.suspensionReason}</Paragraph>}
      {done && (
        <Alert data-color="success" role="status">
          {t('memberAccounts.done')}
        </Alert>
      )}
      {error && (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      )}
      {!self && (
        <div className="hb-auth-form__actions">
          {account.status === 'ACTIVE' && (
            <Button
              variant="secondary"
              data-color="danger"
              aria-label={t('memberAccounts.suspend', { name })}
              onClick={() => dialog.current?.showModal()}
            >
              {t('memberAccounts.suspendShort')}
            </Button>
          )}
          {account.status === 'SUSPENDED' && (
            <Button
              variant="secondary"
              aria-label={t('memberAccounts.lift', { name })}
              onClick={() => run('lift')}
            >
              {t('memberAccounts.liftShort')}
            </Button>
          )}
          {account.status === 'ACTIVE' && !account.coordinator && (
            <Button
              variant="secondary"
              aria-label={t('memberAccounts.promote', { name })}
              onClick={() => run('promote')}
            >
              {t('memberAccounts.promoteShort')}
            </Button>
          )}
          {account.coordinator && (
            <Button
              variant="tertiary"
              aria-label={t('memberAccounts.demote', { name })}
              onClick={() => run('demote')}
            >
              {t('memberAccounts.demoteShort')}
            </Button>
          )}
        </div>
      )}
      <Dialog
        ref={dialog}
        closedby="any"
        closeButton={t('memberAccounts.cancel')}
        onClose={() => setReasonMissing(false)}
      >
        <form className="hb-auth-form" onSubmit={suspend} noValidate>
          <Heading level={2} data-size="xs">
            {t('memberAccounts.suspendTitle', { name })}
          </Heading>
          <Textfield
            label={t('memberAccounts.until')}
            description={t('memberAccounts.untilHint')}
            type="date"
            name="until"
          />
          <Textfield
            label={t('memberAccounts.reason')}
            name="reason"
            multiline
            rows={3}
            maxLength={500}
            error={reasonMissing ? t('memberAccounts.reasonRequired') : undefined}
            onChange={() => setReasonMissing(false)}
          />
          <div className="hb-auth-form__actions">
            <Button type="submit" data-color="danger">
              {t('memberAccounts.confirmSuspend')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t('memberAccounts.cancel')}
            </Button>
          </div>
        </form>
      </Dialog>
    </Card>
  );
}
