import { Textfield } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';

/** A new password as the server takes it: 12 to 256 characters. */
export const newPassword = z.string().min(12, 'password-too-short').max(256, 'password-too-long');

/**
 * The field for a new password (register, reset, settings): the hint on what makes a good one,
 * hidden input and the browser's password manager asked to suggest one.
 */
export function NewPasswordField({
  label,
  ...rest
}: { label: string } & Omit<ComponentProps<typeof Textfield>, 'type' | 'label'>) {
  const { t } = useTranslation('accounts');
  return (
    <Textfield
      label={label}
      description={t('fields.newPasswordHint')}
      type="password"
      autoComplete="new-password"
      {...(rest as object)}
    />
  );
}
