import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { ApiError } from '@/lib/api-client';
import { focusFirstError } from '@/lib/forms/focus-first-error';
import { applyServerErrors, errorText } from '@/lib/forms/server-errors';
import { useLanguage } from '@/lib/use-language';
import { register as registerMember } from '../api/auth';
import { NewPasswordField, newPassword } from './password-field';
import { useCodeText } from './use-error-text';

const schema = z.object({
  displayName: z.string().trim().min(1, 'required').max(100, 'tooLong'),
  email: z.string().trim().min(1, 'required').max(254, 'tooLong').email('email'),
  password: newPassword,
  organisation: z.string().trim().min(1, 'required').max(200, 'tooLong'),
});
type Values = z.infer<typeof schema>;
const fields = ['displayName', 'email', 'password', 'organisation'] as const;

/**
 * The registration form: the server's refusals on their fields (the patient-data explanation
 * under the name and the workplace), else above the form; `onSent` gets the address the
 * confirmation went to.
 */
export function RegisterForm({ onSent }: { onSent: (email: string) => void }) {
  const { t } = useTranslation('accounts');
  const { language } = useLanguage();
  const message = useCodeText();
  const [formError, setFormError] = useState<string | null>(null);
  const [refused, setRefused] = useState<{ error: unknown; values: Values } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema) });

  const onSubmit = async (values: Values) => {
    setFormError(null);
    setRefused(null);
    try {
      const accepted = await registerMember({ ...values, language });
      onSent(accepted.email);
    } catch (e) {
      setRefused({ error: e, values });
      const { code } = applyServerErrors(e, setError, fields, (x) => message(x.problem.code));
      const onAField = e instanceof ApiError && e.fieldErrors.length > 0;
      if (!onAField) setFormError(code ?? 'generic');
      // The refusal is news: the focus goes to the first field to fix, or to the form's alert.
      focusFirstError(form.current);
    }
  };

  return (
    <form
      ref={form}
      className="hb-auth-form"
      noValidate
      onSubmit={(e) => void handleSubmit(onSubmit, () => focusFirstError(form.current))(e)}
    >
      {formError && (
        <Alert data-color="danger" role="alert">
          {message(formError)}
        </Alert>
      )}
      <Textfield
        label={t('fields.displayName')}
        description={t('fields.displayNameHint')}
        autoComplete="name"
        error={errorText(errors.displayName, message)}
        {...register('displayName')}
      />
      <PatientDataNotice
        error={refused?.error}
        field="displayName"
        text={refused?.values.displayName}
      />
      <Textfield
        label={t('fields.email')}
        description={t('fields.emailHint')}
        type="email"
        autoComplete="email"
        error={errorText(errors.email, message)}
        {...register('email')}
      />
      <NewPasswordField
        label={t('fields.password')}
        error={errorText(errors.password, message)}
        {...register('password')}
      />
      <Textfield
        label={t('fields.organisation')}
        description={t('fields.organisationHint')}
        autoComplete="organization"
        error={errorText(errors.organisation, message)}
        {...register('organisation')}
      />
      <PatientDataNotice
        error={refused?.error}
        field="organisation"
        text={refused?.values.organisation}
      />
      <div className="hb-auth-form__actions">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t('register.submitting') : t('register.submit')}
        </Button>
      </div>
    </form>
  );
}
