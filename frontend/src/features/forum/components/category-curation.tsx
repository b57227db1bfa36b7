import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveAlert } from '@/components/ui/live-alert';
import {
  useAllCategories,
  useCategoryOrder,
  useSaveCategory,
  type CategoryInput,
} from '../api/curation';
import type { Category } from '../api/types';
import { CategoryForm, emptyCategory } from './category-form';
import { toFormProblem } from './problems';
import { HeadedSection } from '@/components/ui/section';

/** Coordinators create, describe, order and archive the forum's categories. */
export function CategoryCuration() {
  const { t } = useTranslation('forum');
  const all = useAllCategories();
  const save = useSaveCategory();
  const order = useCategoryOrder();
  const [editing, setEditing] = useState<{ id: number | 'new'; initial: CategoryInput } | null>(
    null,
  );
  const failed = save.error ?? order.error;
  const problem = failed ? toFormProblem(failed, t) : null;

  const edit = (id: number | 'new', initial: CategoryInput) => {
    save.reset();
    setEditing({ id, initial });
  };
  const move = (index: number, delta: number) => {
    const list = [...(all.data ?? [])];
    const [item] = list.splice(index, 1);
    if (!item) return;
    list.splice(index + delta, 0, item);
    order.mutate(list.map((c) => c.id));
  };
  const form = editing ? (
    <CategoryForm
      key={String(editing.id)}
      initial={editing.initial}
      fields={save.isError ? problem?.fields : undefined}
      error={save.error}
      onSave={(input) =>
        save.mutate({ id: editing.id, input }, { onSuccess: () => setEditing(null) })
      }
      onCancel={() => setEditing(null)}
    />
  ) : null;

  return (
    <HeadedSection id="hb-cur-cat" title={t('categories.title')} size="sm">
      <LiveAlert color="danger" size="sm" shown={problem != null}>
        {problem?.message}
      </LiveAlert>
      <ol className="hb-curation-list">
        {(all.data ?? []).map((c, i, list) => (
          <li key={c.id} className="hb-card">
            {editing?.id === c.id ? (
              form
            ) : (
              <CategoryRow
                category={c}
                first={i === 0}
                last={i === list.length - 1}
                onMove={(delta) => move(i, delta)}
                onEdit={() => edit(c.id, inputOf(c))}
              />
            )}
          </li>
        ))}
      </ol>
      {editing?.id === 'new' ? (
        form
      ) : (
        <div>
          <Button onClick={() => edit('new', emptyCategory)}>{t('curation.newCategory')}</Button>
        </div>
      )}
    </HeadedSection>
  );
}

function inputOf(c: Category): CategoryInput {
  const { slug, nameNb, nameEn, descriptionNb, descriptionEn, archived } = c;
  return { slug, nameNb, nameEn, descriptionNb, descriptionEn, archived };
}

function CategoryRow({
  category: c,
  first,
  last,
  onMove,
  onEdit,
}: {
  category: Category;
  first: boolean;
  last: boolean;
  onMove: (delta: number) => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation('forum');
  return (
    <div className="hb-stack hb-tight">
      <strong>
        {c.nameNb} / {c.nameEn}
        {c.archived ? ` (${t('curation.archivedShort')})` : ''}
      </strong>
      <span className="hb-muted">
        /forum/c/{c.slug} · {t('curation.topics', { count: c.topicCount })}
      </span>
      <div className="hb-actions">
        <Button
          data-size="sm"
          variant="tertiary"
          disabled={first}
          onClick={() => onMove(-1)}
          aria-label={t('curation.up', { name: c.nameNb })}
        >
          ↑
        </Button>
        <Button
          data-size="sm"
          variant="tertiary"
          disabled={last}
          onClick={() => onMove(1)}
          aria-label={t('curation.down', { name: c.nameNb })}
        >
          ↓
        </Button>
        <Button data-size="sm" variant="secondary" onClick={onEdit}>
          {t('post.edit')}
        </Button>
      </div>
    </div>
  );
}
