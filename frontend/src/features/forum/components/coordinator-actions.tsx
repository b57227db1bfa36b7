import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { FormDialog } from '@/components/ui/form-dialog';
import { ReasonField } from '@/components/ui/reason-field';
import { useDialogState } from '@/components/ui/use-dialog-state';
import { useDialogForm } from '@/lib/forms/use-dialog-form';
import { useLanguage } from '@/lib/use-language';
import { useCategories, useForumAction, useTopicTitles } from '../api/topics';
import type { TopicView } from '../api/types';
import { MergeDialog, searchText, useMergeDialog } from './merge-dialog';
import { sentReason } from './post-dialogs';
import { useActionProblem } from './problems';
import { ProblemAlert } from '@/components/ui/live-alert';
import { HeadedSection } from '@/components/ui/section';

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
    <HeadedSection id="hb-mod-h" title={t('moderation.title')} size="2xs" className="hb-card">
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
      <ProblemAlert call={action} text={problem} size="sm" />
    </HeadedSection>
  );
}

/** Close with a reason that everyone sees on the topic. */
function CloseTopicButton({ topic }: { topic: TopicView }) {
  const { t } = useTranslation('forum');
  const action = useForumAction();
  const problem = useActionProblem();
  const dialog = useDialogForm(
    z.object({ reason: z.string().trim().min(1, t('validation.sectionRequired')) }),
    { reason: '' },
  );
  const state = useDialogState(() => {
    action.reset();
    dialog.open();
  });
  const reasonError = dialog.form.formState.errors.reason?.message;
  return (
    <>
      <Button data-size="sm" variant="secondary" aria-haspopup="dialog" onClick={state.show}>
        {t('moderation.close')}
      </Button>
      <FormDialog
        open={state.open}
        onClose={state.close}
        title={t('moderation.closeTitle')}
        lead={t('moderation.closeLead')}
        submitLabel={t('moderation.closeSubmit')}
        busy={action.isPending}
        error={action.isError ? problem(action.error) : null}
        onSubmit={dialog.submit(({ reason }) =>
          action.mutate(
            { method: 'post', path: `/topics/${topic.id}/close`, body: { reason: reason.trim() } },
            { onSuccess: state.close },
          ),
        )}
      >
        <ReasonField
          id="hb-close-reason"
          label={t('moderation.closeReasonLabel')}
          description={t('moderation.closeReasonHint')}
          error={reasonError}
          registration={dialog.form.register('reason')}
          refusal={action.error}
          sent={sentReason(action.variables)}
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
  const merge = useMergeDialog();
  const dialog = useDialogState(() => {
    action.reset();
    merge.open();
  });
  const found = useTopicTitles(dialog.open ? searchText(merge) : '', topic.id);
  return (
    <>
      <div>
        <Button data-size="sm" variant="tertiary" aria-haspopup="dialog" onClick={dialog.show}>
          {t('moderation.merge')}
        </Button>
      </div>
      <MergeDialog
        dialog={merge}
        open={dialog.open}
        onClose={dialog.close}
        name={`merge-into-${topic.id}`}
        minLength={3}
        found={{
          candidates: (found.data ?? []).map((r) => ({
            id: r.id,
            label: r.title,
            description: t(`kind.${r.kind}`),
          })),
          fetching: found.isFetching,
          loaded: !!found.data,
        }}
        texts={{
          title: t('moderation.mergeTitle'),
          lead: t('moderation.mergeLead'),
          submit: t('moderation.mergeSubmit'),
          search: t('moderation.mergeSearch'),
          searchHint: t('moderation.mergeSearchHint'),
          results: t('moderation.mergeResults'),
          none: (q) => t('moderation.mergeNone', { q }),
          choose: t('moderation.mergeChoose'),
          searching: t('moderation.mergeSearching'),
        }}
        busy={action.isPending}
        problem={action.isError ? problem(action.error) : null}
        onMerge={(intoTopicId) =>
          action.mutate(
            { method: 'post', path: `/topics/${topic.id}/merge`, body: { intoTopicId } },
            { onSuccess: dialog.close },
          )
        }
      />
    </>
  );
}
