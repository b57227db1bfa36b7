import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { FormDialog } from '@/components/ui/form-dialog';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { RequireRole } from '@/components/ui/require-role';
import { TextField } from '@/components/ui/text-field';
import { formatWhen } from '@/lib/format';
import { useDialogForm } from '@/lib/forms/use-dialog-form';
import { useLanguage } from '@/lib/use-language';
import { z } from '@/lib/forms/zod';
import { useMemberAccountAction, useMemberAccounts } from '../api/member-accounts';
import { AuthPage } from '../components/auth-page';
import { useErrorText } from '../components/use-error-text';

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
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const [rejecting, setRejecting] = useState<{ id: number; name: string } | null>(null);
  const dialog = useDialogForm(z.object({ reason: z.string().max(500, 'tooLong') }), {
    reason: '',
  });
  const errorText = useErrorText();
  // A decision removes the member from the list, and the focus with it: it goes to the result.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const act = (id: number, name: string, kind: 'approve' | 'reject', reason = '') => {
    if (action.isPending) return;
    setNotice(null);
    action.mutate(
      { id, action: kind, body: kind === 'reject' ? { reason: reason.trim() || null } : undefined },
      {
        onSuccess: () => {
          setRejecting(null);
          setNotice({
            text:
              kind === 'approve'
                ? t('approvals.approved', { name })
                : t('approvals.rejected', { name }),
            at: Date.now(),
          });
        },
      },
    );
  };

  return (
    <AuthPage title={t('approvals.title')} before={<CoordinatorNav />}>
      <Paragraph>{t('approvals.lead')}</Paragraph>
      {/* Always there, so that screen readers announce what is put in it. */}
      <div ref={noticeRef} tabIndex={-1} role="status" className="hb-approvals__notice">
        {notice && <Alert data-color="success">{notice.text}</Alert>}
      </div>
      {action.isError && !rejecting && (
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
                  aria-disabled={action.isPending || undefined}
                  onClick={() => act(m.id, m.displayName, 'approve')}
                >
                  {t('approvals.approveShort')}
                </Button>
                <Button
                  variant="secondary"
                  data-color="danger"
                  aria-label={t('approvals.reject', { name: m.displayName })}
                  aria-haspopup="dialog"
                  onClick={() => {
                    action.reset();
                    dialog.open();
                    setRejecting({ id: m.id, name: m.displayName });
                  }}
                >
                  {t('approvals.rejectShort')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <FormDialog
        open={rejecting != null}
        onClose={() => setRejecting(null)}
        title={t('approvals.rejectTitle', { name: rejecting?.name ?? '' })}
        lead={t('approvals.rejectLead', { name: rejecting?.name ?? '' })}
        submitLabel={t('approvals.rejectSubmit')}
        danger
        busy={action.isPending}
        error={action.isError ? errorText(action.error) : null}
        onSubmit={dialog.submit(
          ({ reason }) => rejecting && act(rejecting.id, rejecting.name, 'reject', reason),
        )}
      >
        <TextField
          label={t('approvals.rejectReason')}
          limit={500}
          {...dialog.form.register('reason')}
        />
        <PatientDataNotice
          error={action.error}
          field="reason"
          text={(action.variables?.body as { reason?: string | null } | undefined)?.reason}
        />
      </FormDialog>
    </AuthPage>
  );
}
