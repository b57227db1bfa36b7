import {
  Alert,
  Button,
  Card,
  Heading,
  List,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/lib/session';
import { beginTwoFactor, confirmTwoFactor, disableTwoFactor, fetchMe } from '../api/auth';
import { QrCode } from './qr-code';
import { useErrorText } from './use-error-text';

/** Settings: turning two-step sign-in on (QR code, first code, recovery codes) and off. */
export function TwoFactorSection() {
  const { t } = useTranslation('accounts');
  const errorText = useErrorText();
  const { member, updateMember } = useSession();
  const [setup, setSetup] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const extra = member as { twoFactorEnabled?: boolean; coordinator?: boolean } | null;
  const enabled = !!extra?.twoFactorEnabled;

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
      {codes && (
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
      )}
      {!enabled && !setup && (
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              setError(null);
              beginTwoFactor()
                .then(setSetup)
                .catch((e: unknown) => setError(errorText(e)));
            }}
          >
            {t('settings.twoFactorStart')}
          </Button>
        </div>
      )}
      {!enabled && setup && (
        <form
          className="hb-auth-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setError(null);
            confirmTwoFactor(code)
              .then(async (result) => {
                setCodes(result.recoveryCodes);
                setSetup(null);
                setCode('');
                await refreshMember();
              })
              .catch((err: unknown) => setError(errorText(err)));
          }}
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
          <Textfield
            label={t('fields.code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <div>
            <Button type="submit">{t('settings.twoFactorConfirm')}</Button>
          </div>
        </form>
      )}
      {enabled && (
        <form
          className="hb-auth-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setError(null);
            disableTwoFactor(code)
              .then(async () => {
                setCode('');
                setCodes(null);
                await refreshMember();
              })
              .catch((err: unknown) => setError(errorText(err)));
          }}
        >
          <Textfield
            label={t('fields.code')}
            description={t('fields.codeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('settings.twoFactorDisable')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
