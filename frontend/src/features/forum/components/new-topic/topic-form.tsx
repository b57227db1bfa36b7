import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SimilarTopicsSlot } from '@/components/ui/slots';
import { TextField } from '@/components/ui/text-field';
import { useCategories } from '../../api/topics';
import type { TopicKind } from '../../api/types';
import { useTopicForm } from '../../hooks/use-topic-form';
import { DraftStatusLine } from '../draft-status';
import { MarkdownField } from '../markdown-field';
import { WaitingPosts } from '../waiting-posts';
import { ContextFields } from './context-fields';
import { StoryFacts, StorySections, TrainingFields, useVocabularyName } from './kind-fields';
import { TagsField } from './tags-field';

/** Where a new topic of each kind goes unless the link named a category. */
const defaultCategory: Record<TopicKind, string> = {
  QUESTION: 'patient-records',
  DISCUSSION: 'coffee-room',
  STORY: 'implementation-stories',
  TRAINING: 'training',
};

/** The form for a new topic of one kind: its draft, fields, waiting posts and submit. */
export function TopicForm({
  kind,
  categorySlug,
  initialTitle,
}: {
  kind: TopicKind;
  categorySlug: string | null;
  /** Words carried over from a search that found nothing. */
  initialTitle: string;
}) {
  const { t } = useTranslation('forum');
  const categories = useCategories();
  const name = useVocabularyName();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useTopicForm(kind, initialTitle, formRef);
  const ids = useId();
  const d = form.value;
  const preferredSlug = categorySlug ?? defaultCategory[kind];
  const categoryId =
    d.categoryId ||
    String(
      categories.data?.find((c) => c.slug === preferredSlug)?.id ?? categories.data?.[0]?.id ?? '',
    );

  return (
    <article className="hb-stack hb-narrow">
      <Heading level={1} data-size="lg">
        {t(`new.title.${kind}`)}
      </Heading>
      <Paragraph>{t(`new.lead.${kind}`)}</Paragraph>
      <Paragraph data-size="sm">
        <Link to="/forum/new" className="ds-link">
          {t('new.otherKind')}
        </Link>
      </Paragraph>
      {form.draft.restored ? (
        <Alert data-color="info" data-size="sm">
          {t('draft.restored')}
        </Alert>
      ) : null}
      <WaitingPosts draftKey={form.draftKey} onReturn={form.giveBack} />
      <form
        ref={formRef}
        className="hb-stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(categoryId);
        }}
      >
        <Field>
          <Label htmlFor={`${ids}-cat`}>{t('form.category')}</Label>
          <Select
            id={`${ids}-cat`}
            value={categoryId}
            aria-invalid={form.error('categoryId') ? true : undefined}
            onChange={(e) => form.set('categoryId', e.target.value)}
          >
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {name(c)}
              </option>
            ))}
          </Select>
          {form.error('categoryId') ? (
            <ValidationMessage>{form.error('categoryId')}</ValidationMessage>
          ) : null}
        </Field>
        <TextField
          label={t(`form.titleLabel.${kind}`)}
          description={kind === 'QUESTION' ? t('form.titleHelpQuestion') : undefined}
          value={d.title}
          limit={200}
          onChange={(e) => form.set('title', e.target.value)}
          error={form.error('title')}
          required
        />
        {form.patientData('title') ? (
          <ValidationMessage>{t('patientData.inTitle')}</ValidationMessage>
        ) : null}
        <SimilarTopicsSlot title={d.title} body={d.body} />
        {kind === 'STORY' ? <StorySections form={form} /> : null}
        <MarkdownField
          label={t(`form.bodyLabel.${kind}`)}
          value={d.body}
          onChange={(v) => form.set('body', v)}
          required={kind !== 'STORY'}
          error={form.error('body')}
          patientData={form.patientData('body')}
        />
        {kind === 'TRAINING' ? <TrainingFields form={form} /> : null}
        {kind === 'STORY' ? <StoryFacts form={form} /> : null}
        <ContextFields form={form} />
        <TagsField
          value={d.tags}
          onChange={(v) => form.set('tags', v)}
          error={form.error('tags')}
        />
        {form.problem ? (
          <Alert data-color="danger" role="alert">
            {form.problem.message}
          </Alert>
        ) : null}
        <div className="hb-actions">
          <Button type="submit" aria-disabled={form.sending || undefined}>
            {form.sending ? t('composer.sending') : t(`new.submit.${kind}`)}
          </Button>
          <DraftStatusLine status={form.draft.status} />
        </div>
      </form>
    </article>
  );
}
