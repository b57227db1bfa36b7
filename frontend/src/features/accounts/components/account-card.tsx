import { Alert, Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogState } from '@/components/ui/use-dialog-state';
import { formatDate, formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useSession } from '@/lib/session';
import { useMemberAccountAction, type MemberAccount } from '../api/member-accounts';
import { SuspendDialog } from './suspend-dialog';
import { useErrorText } from './use-error-text';

/** One account as coordinators see it, with suspend, lift and the coordinator role. */
export function AccountCard({ account }: { account: MemberAccount }) {
  const { t } = useTranslation('accounts');
  const { language } = useLanguage();
  const { member } = useSession();
  const action = useMemberAccountAction();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const suspendDialog = useDialogState(() => {
    action.reset();
    setError(null);
  });
  const name = account.displayName;
  const self = member?.id === account.id;

  const run = (
    kind: 'lift' | 'promote' | 'demote' | 'suspend',
    body?: { reason: string; lastDay: string | null },
  ) => {
    setError(null);
    setDone(false);
    action.mutate(
      { id: account.id, action: kind, body },
      {
        onSuccess: () => {
          setDone(true);
          suspendDialog.close();
        },
        onError: (e) => setError(errorText(e)),
      },
    );
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
      {error && !suspendDialog.open && (
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
              aria-haspopup="dialog"
              onClick={suspendDialog.show}
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
      {suspendDialog.built ? (
        <SuspendDialog
          name={name}
          open={suspendDialog.open}
          onClose={suspendDialog.close}
          onSuspend={(suspension) => run('suspend', suspension)}
          busy={action.isPending}
          error={suspendDialog.open ? error : null}
          refusal={{
            error: action.error,
            reason: (action.variables?.body as { reason?: string } | undefined)?.reason,
          }}
        />
      ) : null}
    </Card>
  );
}
