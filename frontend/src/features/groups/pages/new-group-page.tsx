import '../groups.css';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from '@/lib/forms/zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { useCreateGroup } from '../api/groups';
import type { Group } from '../api/types';
import { applyServerErrors } from '@/lib/forms/server-errors';
import { useProblemText } from '@/lib/forms/problem-text';
import { PageTitle } from '@/components/ui/page-title';
import { ProblemAlert } from '@/components/ui/live-alert';

const schema = z.object({
  nameNb: z.string().trim().min(3, 'tooShort').max(120, 'tooLong'),
  nameEn: z.string().trim().min(3, 'tooShort').max(120, 'tooLong'),
  descriptionNb: z.string().trim().max(500, 'tooLong'),
  descriptionEn: z.string().trim().max(500, 'tooLong'),
});
type NewGroupForm = z.infer<typeof schema>;
const fields = ['nameNb', 'nameEn', 'descriptionNb', 'descriptionEn'] as const;

/** Coordinators make a group, named in both languages. */
export function NewGroupPage() {
  const { t } = useTranslation('groups');
  const create = useCreateGroup();
  const navigate = useNavigate();
  const problemText = useProblemText('groups');
  const form = useForm<NewGroupForm>({
    resolver: zodResolver(schema),
    defaultValues: { nameNb: '', nameEn: '', descriptionNb: '', descriptionEn: '' },
  });
  const errors = form.formState.errors;
  const message = (key?: string) =>
    key ? t(`errors.${key}` as 'errors.required', { defaultValue: key }) : undefined;
  const submit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: (g) => void navigate(`/groups/${(g as Group).id}`),
      onError: (e) => applyServerErrors(e, form.setError, fields).matched,
    }),
  );
  return (
    <div className="hb-stack">
      <PageTitle>{t('newGroup.title')}</PageTitle>
      <form className="hb-stack" onSubmit={(e) => void submit(e)} noValidate>
        {fields.map((f) => (
          <Fragment key={f}>
            <Textfield
              label={t(`newGroup.${f}`)}
              error={message(errors[f]?.message)}
              {...form.register(f)}
            />
            <PatientDataNotice error={create.error} field={f} text={create.variables?.[f]} />
          </Fragment>
        ))}
        <ProblemAlert call={create} text={problemText} />
        <div>
          <Button type="submit" disabled={create.isPending}>
            {t('newGroup.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
