import {
  Alert,
  Button,
  Card,
  Dialog,
  Heading,
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
import { changePassword, deleteMyAccount, exportMyData, signOutEverywhere } from '../api/auth';
import { AuthPage } from '../components/auth-page';
import { TwoFactorSection } from '../components/two-factor-section';
import { useErrorText } from '../components/use-error-text';

export function SettingsPage() {
  return (
    <RequireRole roles={['ADVISOR', 'PENDING', 'SUSPENDED']}>
      <Settings />
    </RequireRole>
  );
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
