import { Button, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/text-field';
import { api } from '@/lib/api-client';
import { forumKeys } from '../api/keys';
import type { Tag } from '../api/types';
import { toFormProblem } from './problems';

function useTags(q: string) {
  return useQuery({
    queryKey: [...forumKeys.tags(q), 'curation'],
    queryFn: () => api.get<Tag[]>('/tags', { query: { q, size: 50 } }),
  });
}

/** One change to the tags; the dialog stays open with the server's refusal until it works. */
function useTagChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: () => client.invalidateQueries({ queryKey: forumKeys.all }),
  });
}

/** Coordinators find tags and rename, merge or delete them, each in a dialog. */
export function TagCuration() {
  const { t } = useTranslation('forum');
  const [q, setQ] = useState('');
  const tags = useTags(q);
  return (
    <section className="hb-stack" aria-labelledby="hb-cur-tags">
      <Heading level={2} data-size="sm" id="hb-cur-tags">
        {t('curation.tags')}
      </Heading>
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
    </section>
  );
}

interface DialogState {
  open: boolean;
  setOpen: (open: boolean) => void;
}

function useDialog(onOpen: () => void): DialogState & { openDialog: () => void } {
  const [open, setOpen] = useState(false);
  return {
    open,
    setOpen,
    openDialog: () => {
      onOpen();
      setOpen(true);
    },
  };
}

function RenameTag({ tag }: { tag: Tag }) {
  const { t } = useTranslation('forum');
  const change = useTagChange();
  const [name, setName] = useState(tag.name);
  const [missing, setMissing] = useState(false);
  const dialog = useDialog(() => {
    change.reset();
    setName(tag.name);
    setMissing(false);
  });
  const problem = change.isError ? toFormProblem(change.error, t) : null;
  return (
    <>
      <Button data-size="sm" variant="tertiary" aria-haspopup="dialog" onClick={dialog.openDialog}>
        {t('curation.rename')}
        <span className="hb-visually-hidden"> #{tag.name}</span>
      </Button>
      <FormDialog
        open={dialog.open}
        onClose={() => dialog.setOpen(false)}
        title={t('curation.renameTitle', { name: tag.name })}
        submitLabel={t('curation.renameSubmit')}
        busy={change.isPending}
        error={problem && !problem.fields.name ? problem.message : null}
        onSubmit={() => {
          if (!name.trim()) {
            setMissing(true);
            return;
          }
          change.mutate(() => api.put(`/tags/${tag.id}`, { name: name.trim() }), {
            onSuccess: () => dialog.setOpen(false),
          });
        }}
      >
        <TextField
          label={t('curation.renameLabel')}
          value={name}
          limit={40}
          error={
            missing && !name.trim() ? t('curation.nameRequired') : (problem?.fields.name ?? null)
          }
          onChange={(e) => setName(e.target.value)}
        />
      </FormDialog>
    </>
  );
}

function MergeTag({ tag }: { tag: Tag }) {
  const { t } = useTranslation('forum');
  const change = useTagChange();
  const [q, setQ] = useState('');
  const [target, setTarget] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const dialog = useDialog(() => {
    change.reset();
    setQ('');
    setTarget(null);
    setMissing(false);
  });
  const found = useTags(dialog.open ? q.trim() : '');
  const results = q.trim() ? (found.data ?? []).filter((x) => x.id !== tag.id) : [];
  return (
    <>
      <Button data-size="sm" variant="tertiary" aria-haspopup="dialog" onClick={dialog.openDialog}>
        {t('curation.merge')}
        <span className="hb-visually-hidden"> #{tag.name}</span>
      </Button>
      <FormDialog
        open={dialog.open}
        onClose={() => dialog.setOpen(false)}
        title={t('curation.mergeTitle', { name: tag.name })}
        lead={t('curation.mergeLead', { name: tag.name })}
        submitLabel={t('curation.mergeSubmit')}
        danger
        busy={change.isPending}
        error={
          change.isError
            ? toFormProblem(change.error, t).message
            : missing && target == null
              ? t('curation.mergeChoose')
              : null
        }
        onSubmit={() => {
          if (target == null) {
            setMissing(true);
            return;
          }
          change.mutate(() => api.post(`/tags/${tag.id}/merge`, { intoTagId: target }), {
            onSuccess: () => dialog.setOpen(false),
          });
        }}
      >
        <TextField
          label={t('curation.mergeSearch')}
          type="search"
          autoComplete="off"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setTarget(null);
          }}
        />
        <div aria-live="polite">
          {!q.trim() ? null : results.length === 0 ? (
            found.isFetching ? null : (
              <Paragraph data-size="sm">{t('curation.mergeNone', { q: q.trim() })}</Paragraph>
            )
          ) : (
            <Fieldset>
              <Fieldset.Legend>{t('curation.mergeResults')}</Fieldset.Legend>
              {results.map((r) => (
                <Radio
                  key={r.id}
                  name={`merge-tag-${tag.id}`}
                  value={String(r.id)}
                  label={`#${r.name}`}
                  description={t('curation.topics', { count: r.topicCount })}
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

function DeleteTag({ tag }: { tag: Tag }) {
  const { t } = useTranslation('forum');
  const change = useTagChange();
  const dialog = useDialog(() => change.reset());
  return (
    <>
      <Button data-size="sm" variant="tertiary" aria-haspopup="dialog" onClick={dialog.openDialog}>
        {t('post.delete')}
        <span className="hb-visually-hidden"> #{tag.name}</span>
      </Button>
      <FormDialog
        open={dialog.open}
        onClose={() => dialog.setOpen(false)}
        title={t('curation.deleteTitle', { name: tag.name })}
        lead={t('curation.deleteConfirm', { name: tag.name })}
        submitLabel={t('curation.deleteSubmit')}
        danger
        busy={change.isPending}
        error={change.isError ? toFormProblem(change.error, t).message : null}
        onSubmit={() =>
          change.mutate(() => api.delete(`/tags/${tag.id}`), {
            onSuccess: () => dialog.setOpen(false),
          })
        }
      />
    </>
  );
}
