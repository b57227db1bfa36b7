import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { LiveAlert } from '@/components/ui/live-alert';
import { newIdempotencyKey } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { usePostFollowUp } from '../../api/topics';
import type { TopicView } from '../../api/types';
import { usePostForm } from '../../hooks/use-post-form';
import { MarkdownField } from '../markdown-field';
import { toFormProblem } from '../problems';
import { UserContent } from '../user-content';
import { HeadedSection } from '@/components/ui/section';

/** A story's follow-ups, newest last, and (for its author) the form to add one. */
export function FollowUps({
  data,
  isAuthor,
}: {
  data: { topic: TopicView; followUps: { id: number; bodyHtml: string; createdAt: string }[] };
  isAuthor: boolean;
}) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const postFollowUp = usePostFollowUp();
  // The server checks a follow-up (the form has nothing of its own to check).
  const { form, problem, setProblem, showProblem, error, patientData } = usePostForm<{
    body: string;
  }>(z.object({ body: z.string() }), { defaultValues: { body: '' } });
  const body = form.watch('body');
  const key = useRef<string | null>(null);
  const submit = async ({ body }: { body: string }) => {
    key.current ??= newIdempotencyKey();
    try {
      await postFollowUp({ topicId: data.topic.id, body, idempotencyKey: key.current });
      key.current = null;
      form.reset({ body: '' });
      setProblem(null);
    } catch (e) {
      showProblem(toFormProblem(e, t));
    }
  };
  return (
    <HeadedSection id="hb-fu-h" title={t('followUps.title')} size="xs" className="hb-followups">
      {data.followUps.length === 0 ? (
        <Paragraph data-size="sm" className="hb-muted">
          {isAuthor ? t('followUps.emptyAuthor') : t('followUps.empty')}
        </Paragraph>
      ) : (
        <ol className="hb-followup-list">
          {data.followUps.map((f) => (
            <li key={f.id} className="hb-card">
              <Heading level={3} data-size="2xs">
                <time dateTime={f.createdAt}>{formatDate(f.createdAt, language)}</time>
              </Heading>
              <UserContent html={f.bodyHtml} />
            </li>
          ))}
        </ol>
      )}
      {isAuthor ? (
        <form className="hb-stack" onSubmit={(e) => void form.handleSubmit(submit)(e)}>
          <MarkdownField
            label={t('followUps.add')}
            value={body}
            onChange={(v) => form.setValue('body', v)}
            rows={4}
            error={error('body')}
            patientData={patientData('body')}
          />
          <LiveAlert color="danger" size="sm" shown={problem != null}>
            {problem?.message}
          </LiveAlert>
          <div>
            <Button type="submit" variant="secondary">
              {t('followUps.save')}
            </Button>
          </div>
        </form>
      ) : null}
    </HeadedSection>
  );
}
