import { Alert, Button, Card, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/lib/session';
import { beginTwoFactor, confirmTwoFactor, disableTwoFactor, fetchMe } from '../api/auth';
import { QrCode } from './qr-code';
import { TwoFactorCodeForm } from './two-factor-code-form';
import { useErrorText } from './use-error-text';

/** Settings: turning two-step sign-in on (QR code, first code, recovery codes) and off. */
export function TwoFactorSection() {
  const { t } = useTranslation('accounts');
  const errorText = useErrorText();
  const { member, updateMember } = useSession();
  const [setup, setSetup] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const extra = member as { twoFactorEnabled?: boolean; coordinator?: boolean } | null;
  const enabled = !!extra?.twoFactorEnabled;

  /** Runs one step; the member is read again after a change, a refusal is said above. */
  const step = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
      return false;
    }
    return true;
  };
  const refreshMember = async () => updateMember(await fetchMe());

  return (
    <Card data-color="neutral" id="two-factor">
      <Heading level={2} data-size="xs">
        {t('settings.twoFactorTitle')}
      </Heading>
      <Paragraph>{enabled ? t('settings.twoFactorOn') : t('settings.twoFactorOff')}</Paragraph>
      {!!extra?.coordinator && !enabled && (
        <Paragraph data-size="sm">{t('settings.twoFactorCoordinator')}</Paragraph>
      )}
      {error && (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      )}
      {codes && <RecoveryCodes codes={codes} />}
      {!enabled && !setup && (
        <div>
          <Button
            variant="secondary"
            onClick={() => void step(async () => setSetup(await beginTwoFactor()))}
          >
            {t('settings.twoFactorStart')}
          </Button>
        </div>
      )}
      {!enabled && setup && (
        <TwoFactorCodeForm
          submitLabel={t('settings.twoFactorConfirm')}
          onCode={(code) =>
            step(async () => {
              const result = await confirmTwoFactor(code);
              setCodes(result.recoveryCodes);
              setSetup(null);
              await refreshMember();
            })
          }
        >
          <Paragraph>{t('settings.twoFactorScan')}</Paragraph>
          <QrCode text={setup.otpauthUri} label={t('settings.twoFactorQr')} />
          <Paragraph>
            {t('settings.twoFactorSecret')}: <code className="hb-secret">{setup.secret}</code>
          </Paragraph>
          <Paragraph>
            <a href={setup.otpauthUri} className="ds-link">
              {t('settings.twoFactorUri')}
            </a>
          </Paragraph>
        </TwoFactorCodeForm>
      )}
      {enabled && (
        <TwoFactorCodeForm
          submitLabel={t('settings.twoFactorDisable')}
          description={t('fields.codeHint')}
          secondary
          onCode={(code) =>
            step(async () => {
              await disableTwoFactor(code);
              setCodes(null);
              await refreshMember();
            })
          }
        />
      )}
    </Card>
  );
}

/** The recovery codes, shown once right after two-step sign-in is turned on. */
function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation('accounts');
  return (
    <Alert data-color="info">
      <Heading level={3} data-size="2xs">
        {t('settings.recoveryTitle')}
      </Heading>
      <Paragraph>{t('settings.recoveryLead')}</Paragraph>
      <List.Unordered className="hb-recovery-codes">
        {codes.map((c) => (
          <List.Item key={c}>
            <code>{c}</code>
          </List.Item>
        ))}
      </List.Unordered>
    </Alert>
  );
}
