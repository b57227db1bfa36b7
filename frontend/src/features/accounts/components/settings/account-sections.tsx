import { Button, Card, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '@/lib/api-client';
import { deleteMyAccount, exportMyData, signOutEverywhere } from '../../api/auth';
import { useLeaveSession } from '../../hooks/use-sign-out';
import { useErrorText } from '../use-error-text';
import { LiveAlert } from '@/components/ui/live-alert';

/** Settings: sign out on every device. */
export function SessionsSection() {
  const { t } = useTranslation('accounts');
  const leave = useLeaveSession();
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="xs">
        {t('settings.sessionsTitle')}
      </Heading>
      <Paragraph>{t('settings.sessionsLead')}</Paragraph>
      <div>
        <Button
          variant="secondary"
          onClick={() => {
            void signOutEverywhere().finally(() => leave('/sign-in'));
          }}
        >
          {t('settings.signOutEverywhere')}
        </Button>
      </div>
    </Card>
  );
}

/** Settings: all the member's data as a JSON file (GDPR). */
export function ExportSection() {
  const { t } = useTranslation('accounts');
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setError(null);
    try {
      const data = await exportMyData();
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      saveFile(blob, 'helsebro-mine-data.json');
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="xs">
        {t('settings.exportTitle')}
      </Heading>
      <Paragraph>{t('settings.exportLead')}</Paragraph>
      <LiveAlert color="danger" shown={Boolean(error)}>
        {error}
      </LiveAlert>
      <div>
        <Button variant="secondary" onClick={() => void download()}>
          {t('settings.export')}
        </Button>
      </div>
    </Card>
  );
}

/** Settings: deleting the account, after a confirmation. */
export function DeleteSection() {
  const { t } = useTranslation('accounts');
  const errorText = useErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  const leave = useLeaveSession();
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    try {
      await deleteMyAccount();
      dialog.current?.close();
      leave('/', { state: { accountDeleted: true } });
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Card data-color="danger">
      <Heading level={2} data-size="xs">
        {t('settings.deleteTitle')}
      </Heading>
      <Paragraph>{t('settings.deleteLead')}</Paragraph>
      <div>
        <Button data-color="danger" variant="secondary" onClick={() => dialog.current?.showModal()}>
          {t('settings.delete')}
        </Button>
      </div>
      <Dialog ref={dialog} closedby="any">
        <Heading level={2} data-size="xs">
          {t('settings.deleteConfirmTitle')}
        </Heading>
        <Paragraph>{t('settings.deleteConfirm')}</Paragraph>
        <LiveAlert color="danger" shown={Boolean(error)}>
          {error}
        </LiveAlert>
        <div className="hb-auth-form__actions">
          <Button data-color="danger" onClick={() => void confirm()}>
            {t('settings.deleteConfirmButton')}
          </Button>
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            {t('settings.cancel')}
          </Button>
        </div>
      </Dialog>
    </Card>
  );
}
