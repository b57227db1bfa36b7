import {
  Alert,
  Button,
  Card,
  Dialog,
  Heading,
  List,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { RequireRole } from '@/components/ui/require-role';
import { ApiError } from '@/lib/api-client';
import { fieldErrorText } from '@/lib/forms/field-errors';
import { languages } from '@/lib/i18n';
import { useLanguage } from '@/lib/use-language';
import { useSession } from '@/lib/session';
import {
  beginTwoFactor,
  changePassword,
  confirmTwoFactor,
  deleteMyAccount,
  disableTwoFactor,
  exportMyData,
  fetchMe,
  signOutEverywhere,
} from '../api/auth';
import { AuthPage } from '../components/auth-page';
import { QrCode } from '../components/qr-code';

export function SettingsPage() {
  return (
    <RequireRole roles={['ADVISOR', 'PENDING', 'SUSPENDED']}>
      <Settings />
    </RequireRole>
  );
}

function useErrorText() {
  const { t } = useTranslation('accounts');
  return (e: unknown) => {
    const code = e instanceof ApiError ? e.problem.code : 'network';
    return t(`errors.${code ?? 'generic'}` as 'errors.generic', {
      defaultValue: t('errors.generic'),
    });
  };
}

function Settings() {
  const { t } = useTranslation('accounts');
  const { member } = useSession();
  const active = !!member?.roles.includes('ADVISOR');
  return (
    <AuthPage title={t('settings.title')}>
      <LanguageSection />
      <PasswordSection />
      {active && <TwoFactorSection />}
      <SessionsSection />
      <ExportSection />
      <DeleteSection />
    </AuthPage>
  );
}

function LanguageSection() {
  const { t } = useTranslation('accounts');
  const { t: tc } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="xs">
        {t('settings.languageTitle')}
      </Heading>
      <Paragraph>{t('settings.languageLead')}</Paragraph>
      <div className="hb-auth-form__actions">
        {languages.map((l) => (
          <Button
            key={l}
            variant={language === l ? 'primary' : 'secondary'}
            aria-pressed={language === l}
            lang={l}
            onClick={() => void setLanguage(l)}
          >
            {tc(`language.names.${l}`)}
          </Button>
        ))}
      </div>
    </Card>
  );
}

function PasswordSection() {
  const { t } = useTranslation('accounts');
  const errorText = useErrorText();
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<{ currentPassword: string; newPassword: string }>();
  const onSubmit = async (values: { currentPassword: string; newPassword: string }) => {
    setDone(false);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      reset();
      setDone(true);
    } catch (e) {
      const fe = e instanceof ApiError ? e.fieldErrors[0] : undefined;
      setError(fe?.field === 'currentPassword' ? 'currentPassword' : 'newPassword', {
        message: fe?.code ? fieldErrorText(fe) : errorText(e),
      });
    }
  };
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="xs">
        {t('settings.passwordTitle')}
      </Heading>
      {done && (
        <Alert data-color="success" role="status">
          {t('settings.passwordChanged')}
        </Alert>
      )}
      <form className="hb-auth-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <Textfield
          label={t('settings.currentPassword')}
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...register('currentPassword', { required: true })}
        />
        <Textfield
          label={t('settings.newPassword')}
          description={t('fields.newPasswordHint')}
          type="password"
          autoComplete="new-password"
          error={errors.newPassword?.message}
          {...register('newPassword', { required: true })}
        />
        <div>
          <Button type="submit" variant="secondary" disabled={isSubmitting}>
            {t('settings.changePassword')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function TwoFactorSection() {
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

function SessionsSection() {
  const { t } = useTranslation('accounts');
  const { clear } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
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
            void signOutEverywhere().finally(() => {
              clear();
              queryClient.clear();
              void navigate('/sign-in');
            });
          }}
        >
          {t('settings.signOutEverywhere')}
        </Button>
      </div>
    </Card>
  );
}

function ExportSection() {
  const { t } = useTranslation('accounts');
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setError(null);
    try {
      const data = await exportMyData();
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = 'helsebro-mine-data.json';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
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
      {error && (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      )}
      <div>
        <Button variant="secondary" onClick={() => void download()}>
          {t('settings.export')}
        </Button>
      </div>
    </Card>
  );
}

function DeleteSection() {
  const { t } = useTranslation('accounts');
  const errorText = useErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  const { clear } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    try {
      await deleteMyAccount();
      dialog.current?.close();
      clear();
      queryClient.clear();
      void navigate('/', { state: { accountDeleted: true } });
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
        {error && (
          <Alert data-color="danger" role="alert">
            {error}
          </Alert>
        )}
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
