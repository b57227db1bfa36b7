import { Alert, Button, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormDialog } from '@/components/ui/form-dialog';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { TextField } from '@/components/ui/text-field';
import { useDialogForm } from '@/lib/forms/use-dialog-form';
import { useLanguage } from '@/lib/use-language';
import { useCategories, useForumAction, useTopicTitles } from '../api/topics';
import type { TopicView } from '../api/types';
import { useActionProblem } from './problems';

/** A coordinator's tools on a topic page: lock, pin, close, hide, move, merge. */
export function CoordinatorActions({ topic }: { topic: TopicView }) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const action = useForumAction();
  const categories = useCategories();
  const problem = useActionProblem();
  const run = (path: string, body?: unknown) =>
    action.mutate({ method: 'post', path: `/topics/${topic.id}/${path}`, body });
  return (
    <section className="hb-card hb-stack" aria-labelledby="hb-mod-h">
      <Heading level={2} data-size="2xs" id="hb-mod-h">
        {t('moderation.title')}
      </Heading>
      <div className="hb-actions">
        <Button
          data-size="sm"
          variant="secondary"
          onClick={() => run(topic.locked ? 'unlock' : 'lock')}
        >
          {topic.locked ? t('moderation.unlock') : t('moderation.lock')}
        </Button>
        <Button
          data-size="sm"
          variant="secondary"
          onClick={() => run(topic.pinned ? 'unpin' : 'pin')}
        >
          {topic.pinned ? t('moderation.unpin') : t('moderation.pin')}
        </Button>
        {topic.closedAt ? (
          <Button data-size="sm" variant="secondary" onClick={() => run('reopen')}>
            {t('moderation.reopen')}
          </Button>
        ) : (
          <CloseTopicButton topic={topic} />
        )}
        <Button
          data-size="sm"
          variant="secondary"
          onClick={() => run(topic.visible ? 'hide' : 'restore', { reason: null })}
        >
          {topic.visible ? t('moderation.hideTopic') : t('moderation.restoreTopic')}
        </Button>
      </div>
      <label className="hb-inline-field">
        <span>{t('moderation.moveTo')}</span>
        <select
          className="ds-input"
          value=""
          onChange={(e) => e.target.value && run('move', { categoryId: Number(e.target.value) })}
        >
          <option value="">{t('moderation.chooseCategory')}</option>
          {(categories.data ?? [])
            .filter((c) => c.id !== topic.category.id)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {language === 'en' ? c.nameEn : c.nameNb}
              </option>
            ))}
        </select>
      </label>
      <MergeTopicButton topic={topic} />
      {action.isError ? (
        <Alert data-color="danger" data-size="sm" role="alert">
          {problem(action.error)}
        </Alert>
      ) : null}
    </section>
  );
}

/** Close with a reason that everyone sees on the topic. */
function CloseTopicButton({ topic }: { topic: TopicView }) {
  const { t } = useTranslation('forum');
  const action = useForumAction();
  const problem = useActionProblem();
  const [open, setOpen] = useState(false);
  const dialog = useDialogForm(
    z.object({ reason: z.string().trim().min(1, t('validation.sectionRequired')) }),
    { reason: '' },
  );
  const reasonError = dialog.form.formState.errors.reason?.message;
  return (
    <>
      <Button
        data-size="sm"
        variant="secondary"
        aria-haspopup="dialog"
        onClick={() => {
          action.reset();
          dialog.open();
          setOpen(true);
        }}
      >
        {t('moderation.close')}
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('moderation.closeTitle')}
        lead={t('moderation.closeLead')}
        submitLabel={t('moderation.closeSubmit')}
        busy={action.isPending}
        error={action.isError ? problem(action.error) : null}
        onSubmit={dialog.submit(({ reason }) =>
          action.mutate(
            { method: 'post', path: `/topics/${topic.id}/close`, body: { reason: reason.trim() } },
            { onSuccess: () => setOpen(false) },
          ),
        )}
      >
        <TextField
          id="hb-close-reason"
          label={t('moderation.closeReasonLabel')}
          description={t('moderation.closeReasonHint')}
          multiline
          rows={3}
          limit={500}
          error={reasonError}
          {...dialog.form.register('reason')}
        />
        <PatientDataNotice
          error={action.error}
          field="reason"
          text={(action.variables?.body as { reason?: string } | undefined)?.reason}
        />
      </FormDialog>
    </>
  );
}

/** Merge into another topic, picked by searching titles (there is no topic number to type). */
function MergeTopicButton({ topic }: { topic: TopicView }) {
  const { t } = useTranslation('forum');
  const action = useForumAction();
  const problem = useActionProblem();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [target, setTarget] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const found = useTopicTitles(open ? q : '', topic.id);
  const results = q.trim().length >= 3 ? (found.data ?? []) : [];
  return (
    <>
      <div>
        <Button
          data-size="sm"
          variant="tertiary"
          aria-haspopup="dialog"
          onClick={() => {
            action.reset();
            setQ('');
            setTarget(null);
            setMissing(false);
            setOpen(true);
          }}
        >
          {t('moderation.merge')}
        </Button>
      </div>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('moderation.mergeTitle')}
        lead={t('moderation.mergeLead')}
        submitLabel={t('moderation.mergeSubmit')}
        danger
        busy={action.isPending}
        error={
          action.isError
            ? problem(action.error)
            : missing && target == null
              ? t('moderation.mergeChoose')
              : null
        }
        onSubmit={() => {
          if (target == null) {
            setMissing(true);
            return;
          }
          action.mutate(
            {
              method: 'post',
              path: `/topics/${topic.id}/merge`,
              body: { intoTopicId: target },
            },
            { onSuccess: () => setOpen(false) },
          );
        }}
      >
        <TextField
          label={t('moderation.mergeSearch')}
          description={t('moderation.mergeSearchHint')}
          type="search"
          autoComplete="off"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setTarget(null);
          }}
        />
        <div aria-live="polite">
          {q.trim().length < 3 ? null : found.isFetching && !found.data ? (
            <Paragraph data-size="sm">{t('moderation.mergeSearching')}</Paragraph>
          ) : results.length === 0 ? (
            <Paragraph data-size="sm">{t('moderation.mergeNone', { q: q.trim() })}</Paragraph>
          ) : (
            <Fieldset>
              <Fieldset.Legend>{t('moderation.mergeResults')}</Fieldset.Legend>
              {results.map((r) => (
                <Radio
                  key={r.id}
                  name={`merge-into-${topic.id}`}
                  value={String(r.id)}
                  label={r.title}
                  description={t(`kind.${r.kind}`)}
                  checked={target === r.id}
                  onChange={() => setTarget(r.id)}
                />
              ))}
            </Fieldset>
          )}
        </div>
      </FormDialog>
    </>
  );
}
