import { Button, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { useLanguage } from '@/lib/use-language';
import { termName, useSaveTerm, type TaxonomyKind, type TaxonomyTerm } from '../../api/taxonomies';
import { SelectField } from '../select-field';
import { useProfilesForm } from './use-profiles-form';
import { ProblemAlert } from '@/components/ui/live-alert';

export const termSchema = z.object({
  nameNb: z.string().trim().min(1, 'required').max(120, 'tooLong'),
  nameEn: z.string().trim().min(1, 'required').max(120, 'tooLong'),
  code: z.string().trim(),
  parentId: z.string(),
});
type Values = z.infer<typeof termSchema>;
const serverFields = ['nameNb', 'nameEn', 'code', 'parentId'] as const;

/**
 * Adds a term to a list (`term` null: with its code) or renames one; a county also gets its
 * health region. `onDone` runs after a save, `onCancel` (editing only) shows the Cancel button.
 */
export function TermForm({
  kind,
  term,
  regions,
  onDone,
  onCancel,
}: {
  kind: TaxonomyKind;
  term: TaxonomyTerm | null;
  regions: TaxonomyTerm[];
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('profiles');
  const { language } = useLanguage();
  const save = useSaveTerm();
  const { register, reset, problem, message, serverErrors, errors, submit } =
    useProfilesForm<Values>(
      term ? termSchema : termSchema.extend({ code: z.string().trim().min(1, 'required') }),
      {
        nameNb: term?.nameNb ?? '',
        nameEn: term?.nameEn ?? '',
        code: '',
        // A new county starts in the first region, as the list shows it.
        parentId: String(term?.parentId ?? (kind === 'COUNTY' ? (regions[0]?.id ?? '') : '')),
      },
    );
  const onSubmit = (v: Values) =>
    save.mutate(
      {
        id: term?.id,
        input: {
          kind,
          code: term ? term.code : v.code,
          nameNb: v.nameNb,
          nameEn: v.nameEn,
          parentId: v.parentId ? Number(v.parentId) : null,
          sortOrder: term?.sortOrder,
          archived: term?.archived,
        },
      },
      {
        onSuccess: () => {
          if (!term) reset();
          onDone?.();
        },
        onError: serverErrors(serverFields),
      },
    );
  return (
    <form className="hb-term-form" noValidate onSubmit={submit(onSubmit)}>
      <ProblemAlert call={save} text={problem} />
      <Textfield
        label={t('taxonomies.nameNb')}
        required
        error={message(errors.nameNb)}
        {...register('nameNb')}
      />
      <PatientDataNotice error={save.error} field="nameNb" text={save.variables?.input.nameNb} />
      <Textfield
        label={t('taxonomies.nameEn')}
        required
        error={message(errors.nameEn)}
        {...register('nameEn')}
      />
      <PatientDataNotice error={save.error} field="nameEn" text={save.variables?.input.nameEn} />
      {!term && (
        <Textfield
          label={t('taxonomies.code')}
          description={t('taxonomies.codeHint')}
          required
          error={message(errors.code)}
          {...register('code')}
        />
      )}
      {kind === 'COUNTY' && (
        <SelectField
          label={t('taxonomies.parent')}
          error={message(errors.parentId)}
          {...register('parentId')}
        >
          {regions.map((r) => (
            <Select.Option key={r.id} value={String(r.id)}>
              {termName(r, language)}
            </Select.Option>
          ))}
        </SelectField>
      )}
      <div className="hb-directory__actions">
        <Button type="submit" data-size={onCancel ? 'sm' : undefined} disabled={save.isPending}>
          {term ? t('taxonomies.save') : t('taxonomies.add')}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
            {t('taxonomies.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
