import { Button, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { errorText } from '@/lib/forms/server-errors';
import { useCodeText } from './use-error-text';

const schema = z.object({ code: z.string().trim().min(1, 'required') });
type Values = z.infer<typeof schema>;

/**
 * A form that asks for one code from the authenticator app (or a recovery code), for turning
 * two-step sign-in on or off. `onCode` answers whether it worked: the field is emptied then.
 */
export function TwoFactorCodeForm({
  submitLabel,
  description,
  secondary,
  onCode,
  children,
}: {
  submitLabel: string;
  description?: string;
  secondary?: boolean;
  onCode: (code: string) => Promise<boolean>;
  /** What comes before the field (the QR code when turning it on). */
  children?: ReactNode;
}) {
  const { t } = useTranslation('accounts');
  const codeText = useCodeText();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { code: '' } });
  const onSubmit = async ({ code }: Values) => {
    if (await onCode(code)) reset();
  };
  return (
    <form className="hb-auth-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
      {children}
      <Textfield
        label={t('fields.code')}
        description={description}
        inputMode="numeric"
        autoComplete="one-time-code"
        error={errorText(errors.code, codeText)}
        {...register('code')}
      />
      <div>
        <Button
          type="submit"
          variant={secondary ? 'secondary' : undefined}
          aria-disabled={isSubmitting || undefined}
        >
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
