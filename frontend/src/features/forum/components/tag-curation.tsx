import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { FormDialog } from '@/components/ui/form-dialog';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { TextField } from '@/components/ui/text-field';
import { useDialogState } from '@/components/ui/use-dialog-state';
import { useDialogForm } from '@/lib/forms/use-dialog-form';
import { useCuratedTags, useTagChange } from '../api/curation';
import type { Tag } from '../api/types';
import { MergeDialog, searchText, useMergeDialog } from './merge-dialog';
import { toFormProblem } from './problems';
import { HeadedSection } from '@/components/ui/section';

/** Coordinators find tags and rename, merge or delete them, each in a dialog. */
export function TagCuration() {
  const { t } = useTranslation('forum');
  const [q, setQ] = useState('');
  const tags = useCuratedTags(q);
  return (
    <HeadedSection id="hb-cur-tags" title={t('curation.tags')} size="sm">
      <TextField
        label={t('curation.findTag')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      {tags.data && tags.data.length === 0 ? <Paragraph>{t('curation.noTags')}</Paragraph> : null}
      <ul className="hb-curation-list">
        {(tags.data ?? []).map((tag) => (
          <li key={tag.id} className="hb-card hb-actions">
            <strong>#{tag.name}</strong>
            <span className="hb-muted">{t('curation.topics', { count: tag.topicCount })}</span>
            <RenameTag tag={tag} />
            <MergeTag tag={tag} />
            <DeleteTag tag={tag} />
          </li>
        ))}
      </ul>
    </HeadedSection>
  );
}

/** The button that opens one tag's dialog: the action, and the tag's name for screen readers. */
function TagButton({ label, tag, onClick }: { label: string; tag: Tag; onClick: () => void }) {
  return (
    <Button data-size="sm" variant="tertiary" aria-haspopup="dialog" onClick={onClick}>
      {label}
      <span className="hb-visually-hidden"> #{tag.name}</span>
    </Button>
  );
}

function RenameTag({ tag }: { tag: Tag }) {
  const { t } = useTranslation('forum');
  const change = useTagChange();
  const { form, submit } = useDialogForm(
    z.object({ name: z.string().trim().min(1, t('curation.nameRequired')) }),
    { name: tag.name },
  );
  const dialog = useDialogState(() => {
    change.reset();
    form.reset({ name: tag.name });
  });
  const problem = change.isError ? toFormProblem(change.error, t) : null;
  return (
    <>
      <TagButton label={t('curation.rename')} tag={tag} onClick={dialog.show} />
      <FormDialog
        open={dialog.open}
        onClose={dialog.close}
        title={t('curation.renameTitle', { name: tag.name })}
        submitLabel={t('curation.renameSubmit')}
        busy={change.isPending}
        error={problem && !problem.fields.name ? problem.message : null}
        onSubmit={submit(({ name }) =>
          change.mutate({ kind: 'rename', id: tag.id, name }, { onSuccess: dialog.close }),
        )}
      >
        <TextField
          label={t('curation.renameLabel')}
          limit={40}
          error={form.formState.errors.name?.message ?? problem?.fields.name ?? null}
          {...form.register('name')}
        />
        <PatientDataNotice
          error={change.error}
          field="name"
          text={(change.variables as { name?: string } | undefined)?.name}
        />
      </FormDialog>
    </>
  );
}

function MergeTag({ tag }: { tag: Tag }) {
  const { t } = useTranslation('forum');
  const change = useTagChange();
  const merge = useMergeDialog();
  const dialog = useDialogState(() => {
    change.reset();
    merge.open();
  });
  const found = useCuratedTags(dialog.open ? searchText(merge) : '');
  return (
    <>
      <TagButton label={t('curation.merge')} tag={tag} onClick={dialog.show} />
      <MergeDialog
        dialog={merge}
        open={dialog.open}
        onClose={dialog.close}
        name={`merge-tag-${tag.id}`}
        found={{
          candidates: (found.data ?? [])
            .filter((x) => x.id !== tag.id)
            .map((r) => ({
              id: r.id,
              label: `#${r.name}`,
              description: t('curation.topics', { count: r.topicCount }),
            })),
          fetching: found.isFetching,
          loaded: !!found.data,
        }}
        texts={{
          title: t('curation.mergeTitle', { name: tag.name }),
          lead: t('curation.mergeLead', { name: tag.name }),
          submit: t('curation.mergeSubmit'),
          search: t('curation.mergeSearch'),
          results: t('curation.mergeResults'),
          none: (q) => t('curation.mergeNone', { q }),
          choose: t('curation.mergeChoose'),
        }}
        busy={change.isPending}
        problem={change.isError ? toFormProblem(change.error, t).message : null}
        onMerge={(intoTagId) =>
          change.mutate({ kind: 'merge', id: tag.id, intoTagId }, { onSuccess: dialog.close })
        }
      />
    </>
  );
}

function DeleteTag({ tag }: { tag: Tag }) {
  const { t } = useTranslation('forum');
  const change = useTagChange();
  const dialog = useDialogState(() => change.reset());
  return (
    <>
      <TagButton label={t('post.delete')} tag={tag} onClick={dialog.show} />
      <FormDialog
        open={dialog.open}
        onClose={dialog.close}
        title={t('curation.deleteTitle', { name: tag.name })}
        lead={t('curation.deleteConfirm', { name: tag.name })}
        submitLabel={t('curation.deleteSubmit')}
        danger
        busy={change.isPending}
        error={change.isError ? toFormProblem(change.error, t).message : null}
        onSubmit={() => change.mutate({ kind: 'delete', id: tag.id }, { onSuccess: dialog.close })}
      />
    </>
  );
}
