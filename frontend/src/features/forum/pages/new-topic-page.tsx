import '../forum.css';
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
import { Link, useSearchParams } from 'react-router';
import { SimilarTopicsSlot } from '@/components/ui/slots';
import { TextField } from '@/components/ui/text-field';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCategories } from '../api/topics';
import { topicKinds, type TopicKind } from '../api/types';
import { DraftStatusLine } from '../components/draft-status';
import { MarkdownField } from '../components/markdown-field';
import { ContextFields } from '../components/new-topic/context-fields';
import { KindChoice } from '../components/new-topic/kind-choice';
import {
  StoryFacts,
  StorySections,
  TrainingFields,
  useVocabularyName,
} from '../components/new-topic/kind-fields';
import { TagsField } from '../components/new-topic/tags-field';
import { WaitingPosts } from '../components/waiting-posts';
import { useTopicForm } from '../hooks/use-topic-form';

const defaultCategory: Record<TopicKind, string> = {
  QUESTION: 'patient-records',
  DISCUSSION: 'coffee-room',
  STORY: 'implementation-stories',
  TRAINING: 'training',
};

function isKind(v: string | null): v is TopicKind {
  return v != null && (topicKinds as string[]).includes(v.toUpperCase());
}

export function NewTopicPage() {
  const { t } = useTranslation('forum');
  const [params] = useSearchParams();
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? (kindParam.toUpperCase() as TopicKind) : null;
  useDocumentTitle(kind ? t(`new.title.${kind}`) : t('new.chooseTitle'));
  if (!kind) return <KindChoice />;
  return (
    <TopicForm
      key={kind}
      kind={kind}
      categorySlug={params.get('category')}
      initialTitle={params.get('title') ?? ''}
    />
  );
}

function TopicForm({
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
            onChange={(e) => form.set('categoryId', e.target.value)}
          >
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {name(c)}
              </option>
            ))}
          </Select>
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
