import { Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { applyServerErrors, errorText } from '@/lib/forms/server-errors';
import { changePassword } from '../../api/auth';
import { NewPasswordField, newPassword } from '../password-field';
import { useCodeText, useErrorText } from '../use-error-text';
import { LiveAlert } from '@/components/ui/live-alert';

const schema = z.object({ currentPassword: z.string().min(1, 'required'), newPassword });
type Values = z.infer<typeof schema>;
const fields = ['currentPassword', 'newPassword'] as const;

/** Settings: a new password, given the current one. */
export function PasswordSection() {
  const { t } = useTranslation('accounts');
  const codeText = useCodeText();
  const problemText = useErrorText();
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const onSubmit = async (values: Values) => {
    setDone(false);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      reset();
      setDone(true);
    } catch (e) {
      // A refusal on no field of the form (network, throttle) is said under the new password.
      const { matched } = applyServerErrors(e, setError, fields, problemText);
      if (!matched) setError('newPassword', { type: 'server', message: problemText(e) });
    }
  };
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="xs">
        {t('settings.passwordTitle')}
      </Heading>
      <LiveAlert color="success" shown={done}>
        {t('settings.passwordChanged')}
      </LiveAlert>
      <form className="hb-auth-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <Textfield
          label={t('settings.currentPassword')}
          type="password"
          autoComplete="current-password"
          error={errorText(errors.currentPassword, codeText)}
          {...register('currentPassword')}
        />
        <NewPasswordField
          label={t('settings.newPassword')}
          error={errorText(errors.newPassword, codeText)}
          {...register('newPassword')}
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
