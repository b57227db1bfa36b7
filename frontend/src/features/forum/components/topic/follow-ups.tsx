import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { usePostFollowUp } from '../../api/topics';
import type { TopicView } from '../../api/types';
import { MarkdownField } from '../markdown-field';
import { toFormProblem, type FormProblem } from '../problems';
import { UserContent } from '../user-content';

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
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const key = useRef<string | null>(null);
  const submit = async () => {
    key.current ??= newIdempotencyKey();
    try {
      await postFollowUp({ topicId: data.topic.id, body, idempotencyKey: key.current });
      key.current = null;
      setBody('');
      setProblem(null);
    } catch (e) {
      setProblem(toFormProblem(e, t));
    }
  };
  return (
    <section className="hb-stack hb-followups" aria-labelledby="hb-fu-h">
      <Heading level={2} data-size="xs" id="hb-fu-h">
        {t('followUps.title')}
      </Heading>
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
        <form
          className="hb-stack"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <MarkdownField
            label={t('followUps.add')}
            value={body}
            onChange={setBody}
            rows={4}
            error={problem?.fields.body}
            patientData={problem?.patientData?.matches}
          />
          {problem ? (
            <Alert data-color="danger" data-size="sm" role="alert">
              {problem.message}
            </Alert>
          ) : null}
          <div>
            <Button type="submit" variant="secondary">
              {t('followUps.save')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
