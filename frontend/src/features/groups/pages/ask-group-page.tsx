import '../groups.css';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { z } from '@/lib/forms/zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useAskGroup, useCategories, useGroup } from '../api/groups';
import { applyServerErrors } from '@/lib/forms/server-errors';
import { ListSkeleton } from '@/components/ui/load-state';
import { useProblemText } from '@/lib/forms/problem-text';
import { ProblemAlert } from '@/components/ui/live-alert';

const schema = z.object({
  categoryId: z.string().min(1, 'required'),
  title: z.string().trim().min(5, 'tooShort').max(200, 'tooLong'),
  body: z.string().trim().min(1, 'required').max(20000, 'tooLong'),
});
type AskForm = z.infer<typeof schema>;
const fields = ['categoryId', 'title', 'body'] as const;

/** "Ask this group": a question in the forum, put in front of the group's members. */
export function AskGroupPage() {
  const { t } = useTranslation('groups');
  const { language } = useLanguage();
  const id = Number(useParams().id);
  const group = useGroup(id);
  const categories = useCategories();
  const ask = useAskGroup(id);
  const navigate = useNavigate();
  const problemText = useProblemText('groups');
  const name = group.data ? (language === 'en' ? group.data.nameEn : group.data.nameNb) : '';
  useDocumentTitle(t('askPage.title', { name }));
  const form = useForm<AskForm>({
    resolver: zodResolver(schema),
    defaultValues: { categoryId: '', title: '', body: '' },
  });
  const errors = form.formState.errors;
  const message = (key?: string) =>
    key ? t(`errors.${key}` as 'errors.required', { defaultValue: key }) : undefined;

  const submit = form.handleSubmit((values) =>
    ask.mutate(
      { categoryId: Number(values.categoryId), title: values.title, body: values.body },
      {
        onSuccess: (made) => void navigate(`/forum/t/${made.topicId}`),
        onError: (e) => applyServerErrors(e, form.setError, fields).matched,
      },
    ),
  );

  if (group.isLoading || categories.isLoading) return <ListSkeleton height="4rem" />;
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('askPage.title', { name })}
      </Heading>
      <Paragraph>{t('askPage.lead')}</Paragraph>
      <form className="hb-stack" onSubmit={(e) => void submit(e)} noValidate>
        <Field>
          <Label htmlFor="ask-category">{t('askPage.category')}</Label>
          <Select
            id="ask-category"
            aria-invalid={!!errors.categoryId}
            {...form.register('categoryId')}
          >
            <Select.Option value="">{t('askPage.chooseCategory')}</Select.Option>
            {(categories.data ?? [])
              .filter((c) => !c.archived)
              .map((c) => (
                <Select.Option key={c.id} value={String(c.id)}>
                  {language === 'en' ? c.nameEn : c.nameNb}
                </Select.Option>
              ))}
          </Select>
          {errors.categoryId ? (
            <ValidationMessage>{message(errors.categoryId.message)}</ValidationMessage>
          ) : null}
        </Field>
        <Textfield
          label={t('askPage.questionTitle')}
          error={message(errors.title?.message)}
          {...form.register('title')}
        />
        <PatientDataNotice error={ask.error} field="title" text={ask.variables?.title} />
        <Field>
          <Label htmlFor="ask-body">{t('askPage.body')}</Label>
          <Paragraph data-size="sm" id="ask-body-help">
            {t('askPage.bodyHelp')}
          </Paragraph>
          <Textarea
            id="ask-body"
            rows={6}
            aria-describedby="ask-body-help"
            aria-invalid={!!errors.body}
            {...form.register('body')}
          />
          {errors.body ? (
            <ValidationMessage>{message(errors.body.message)}</ValidationMessage>
          ) : null}
        </Field>
        <PatientDataNotice error={ask.error} field="body" text={ask.variables?.body} />
        <ProblemAlert call={ask} text={problemText} />
        <div>
          <Button type="submit" disabled={ask.isPending}>
            {t('askPage.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
