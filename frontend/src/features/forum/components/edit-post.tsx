import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { LiveAlert } from '@/components/ui/live-alert';
import { api, ApiError } from '@/lib/api-client';
import { usePostSource, useInvalidateForum } from '../api/topics';
import {
  storyFieldNames,
  type EditConflict,
  type PostSource,
  type StoryFields,
} from '../api/types';
import { usePostForm } from '../hooks/use-post-form';
import { MarkdownField } from './markdown-field';
import { toFormProblem } from './problems';

interface EditValues {
  title: string;
  body: string;
  story: StoryFields;
}

interface Props {
  postId: number;
  isStory: boolean;
  onDone: () => void;
}

/**
 * Edits a post. The version it started from goes with the save; if someone saved in between,
 * the server answers 409 edit-conflict with both texts and both are shown side by side.
 */
export function EditPost({ postId, isStory, onDone }: Props) {
  const { t } = useTranslation('forum');
  const source = usePostSource(postId);
  if (!source.data) return <Paragraph>{t('edit.loading')}</Paragraph>;
  return <EditForm source={source.data} isStory={isStory} onDone={onDone} />;
}

function EditForm({
  source,
  isStory,
  onDone,
}: {
  source: PostSource;
  isStory: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('forum');
  const postId = source.id;
  const invalidate = useInvalidateForum();
  const [version, setVersion] = useState(source.version);
  const { form, problem, setProblem, showProblem, error, patientData } = usePostForm<EditValues>(
    // The server checks an edit (the form has nothing of its own to check).
    z.object({ title: z.string(), body: z.string(), story: z.looseObject({}) }),
    {
      defaultValues: { title: source.title ?? '', body: source.body, story: source.story ?? {} },
    },
  );
  const { title, body, story } = form.watch();
  const [conflict, setConflict] = useState<EditConflict | null>(null);
  const [saving, setSaving] = useState(false);
  const opening = source.postNumber === 1;

  const save = async ({ title, body, story }: EditValues) => {
    setSaving(true);
    setProblem(null);
    try {
      await api.put(`/posts/${postId}`, {
        version,
        body,
        title: opening ? title : null,
        story: opening && isStory ? story : null,
      });
      await invalidate();
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.problem.code === 'edit-conflict') {
        setConflict(e.problem as unknown as EditConflict);
      } else {
        showProblem(toFormProblem(e, t));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="hb-stack hb-edit" onSubmit={(e) => void form.handleSubmit(save)(e)}>
      {conflict ? (
        <Alert data-color="warning" className="hb-conflict">
          <Heading level={3} data-size="xs">
            {t('conflict.title')}
          </Heading>
          <Paragraph data-size="sm">
            {t('conflict.body', { who: conflict.current.editedBy ?? t('post.unknownAuthor') })}
          </Paragraph>
          <div className="hb-conflict__columns">
            <section aria-labelledby={`theirs-${postId}`}>
              <Heading level={4} data-size="2xs" id={`theirs-${postId}`}>
                {t('conflict.theirs')}
              </Heading>
              {conflict.current.title ? (
                <p className="hb-conflict__title">{conflict.current.title}</p>
              ) : null}
              <pre className="hb-conflict__text" data-testid="conflict-theirs">
                {conflict.current.body}
              </pre>
            </section>
            <section aria-labelledby={`yours-${postId}`}>
              <Heading level={4} data-size="2xs" id={`yours-${postId}`}>
                {t('conflict.yours')}
              </Heading>
              {conflict.yours.title ? (
                <p className="hb-conflict__title">{conflict.yours.title}</p>
              ) : null}
              <pre className="hb-conflict__text" data-testid="conflict-yours">
                {conflict.yours.body}
              </pre>
            </section>
          </div>
          <div className="hb-actions">
            <Button
              type="button"
              onClick={() => {
                setVersion(conflict.current.version);
                setConflict(null);
              }}
            >
              {t('conflict.keepMine')}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setVersion(conflict.current.version);
                form.setValue('body', conflict.current.body);
                if (conflict.current.title) form.setValue('title', conflict.current.title);
                setConflict(null);
              }}
            >
              {t('conflict.takeTheirs')}
            </Button>
          </div>
        </Alert>
      ) : null}
      {opening ? (
        <Textfield
          label={t('form.title')}
          value={title}
          onChange={(e) => form.setValue('title', e.target.value)}
          error={error('title')}
        />
      ) : null}
      {opening && isStory
        ? storyFieldNames.map((f) => (
            <MarkdownField
              key={f}
              label={t(`story.${f}`)}
              value={story[f] ?? ''}
              onChange={(v) => form.setValue('story', { ...form.getValues('story'), [f]: v })}
              rows={4}
              error={error(`story.${f}`)}
              patientData={patientData(`story.${f}`)}
            />
          ))
        : null}
      <MarkdownField
        label={opening && isStory ? t('form.summary') : t('form.body')}
        value={body}
        onChange={(v) => form.setValue('body', v)}
        error={error('body')}
        patientData={patientData('body')}
      />
      <LiveAlert color="danger" size="sm" shown={problem != null}>
        {problem?.message}
      </LiveAlert>
      <div className="hb-actions">
        <Button type="submit" disabled={saving}>
          {t('edit.save')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onDone}>
          {t('edit.cancel')}
        </Button>
      </div>
    </form>
  );
}
