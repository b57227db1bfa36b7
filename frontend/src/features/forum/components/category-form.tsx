import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import type { CategoryInput } from '../api/curation';

const schema = z.object({
  slug: z.string(),
  nameNb: z.string(),
  nameEn: z.string(),
  descriptionNb: z.string(),
  descriptionEn: z.string(),
  archived: z.boolean(),
});

export const emptyCategory: CategoryInput = {
  slug: '',
  nameNb: '',
  nameEn: '',
  descriptionNb: '',
  descriptionEn: '',
  archived: false,
};

/**
 * A category's slug, names and descriptions (Norwegian and English) and whether it is archived.
 * The server checks the values; its refusals come in `fields` (already in words) and `error`
 * (for the patient-data explanation under the name or description it found a number in).
 */
export function CategoryForm({
  initial,
  fields,
  error,
  onSave,
  onCancel,
}: {
  initial: CategoryInput;
  fields: Record<string, string> | undefined;
  error: unknown;
  onSave: (input: CategoryInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('forum');
  const { register, handleSubmit, getValues } = useForm<CategoryInput>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  const text = (name: keyof CategoryInput) => ({
    error: fields?.[name],
    ...register(name),
  });
  const notice = (name: 'nameNb' | 'nameEn' | 'descriptionNb' | 'descriptionEn') => (
    <PatientDataNotice error={error} field={name} text={getValues(name)} />
  );
  return (
    <form className="hb-card hb-stack" onSubmit={(e) => void handleSubmit(onSave)(e)}>
      <Textfield
        label={t('curation.slug')}
        description={t('curation.slugHelp')}
        {...text('slug')}
      />
      <div className="hb-two">
        <div>
          <Textfield label={t('curation.nameNb')} {...text('nameNb')} />
          {notice('nameNb')}
        </div>
        <div>
          <Textfield label={t('curation.nameEn')} {...text('nameEn')} />
          {notice('nameEn')}
        </div>
      </div>
      <Textfield
        label={t('curation.descriptionNb')}
        multiline
        rows={2}
        {...text('descriptionNb')}
      />
      {notice('descriptionNb')}
      <Textfield
        label={t('curation.descriptionEn')}
        multiline
        rows={2}
        {...text('descriptionEn')}
      />
      {notice('descriptionEn')}
      <Checkbox label={t('curation.archived')} {...register('archived')} />
      <div className="hb-actions">
        <Button type="submit">{t('curation.save')}</Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('edit.cancel')}
        </Button>
      </div>
    </form>
  );
}
