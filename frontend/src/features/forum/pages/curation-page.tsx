import '../forum.css';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Textfield,
  Checkbox,
} from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { api } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { forumKeys } from '../api/keys';
import type { Category } from '../api/types';
import { toFormProblem, type FormProblem } from '../components/problems';
import { TagCuration } from '../components/tag-curation';

interface CategoryForm {
  slug: string;
  nameNb: string;
  nameEn: string;
  descriptionNb: string;
  descriptionEn: string;
  archived: boolean;
}

const emptyForm: CategoryForm = {
  slug: '',
  nameNb: '',
  nameEn: '',
  descriptionNb: '',
  descriptionEn: '',
  archived: false,
};

/** Coordinators curate the forum's categories (create, describe, order, archive) and tags. */
export function CurationPage() {
  const { t } = useTranslation('forum');
  useDocumentTitle(t('curation.title'));
  return (
    <div className="hb-stack hb-narrow">
      <CoordinatorNav />
      <Heading level={1} data-size="lg">
        {t('curation.title')}
      </Heading>
      <Paragraph>{t('curation.lead')}</Paragraph>
      <Categories />
      <TagCuration />
    </div>
  );
}

function Categories() {
  const { t } = useTranslation('forum');
  const client = useQueryClient();
  const all = useQuery({
    queryKey: [...forumKeys.categories(), 'all'],
    queryFn: () => api.get<Category[]>('/categories', { query: { includeArchived: true } }),
  });
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [form, setForm] = useState<CategoryForm>(emptyForm);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const error = problem?.message ?? null;
  const refresh = () => client.invalidateQueries({ queryKey: forumKeys.all });

  const save = async () => {
    setProblem(null);
    try {
      if (editing === 'new') await api.post('/categories', form);
      else await api.put(`/categories/${editing}`, form);
      setEditing(null);
      await refresh();
    } catch (e) {
      setProblem(toFormProblem(e, t));
    }
  };

  const move = async (index: number, delta: number) => {
    const list = [...(all.data ?? [])];
    const [item] = list.splice(index, 1);
    if (!item) return;
    list.splice(index + delta, 0, item);
    try {
      await api.put('/categories/order', { ids: list.map((c) => c.id) });
      await refresh();
    } catch (e) {
      setProblem(toFormProblem(e, t));
    }
  };

  const set = (k: keyof CategoryForm, v: string | boolean) => setForm((f) => ({ ...f, [k]: v }));
  const formView = (
    <form
      className="hb-card hb-stack"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Textfield
        label={t('curation.slug')}
        description={t('curation.slugHelp')}
        value={form.slug}
        error={problem?.fields.slug}
        onChange={(e) => set('slug', e.target.value)}
      />
      <div className="hb-two">
        <Textfield
          label={t('curation.nameNb')}
          value={form.nameNb}
          error={problem?.fields.nameNb}
          onChange={(e) => set('nameNb', e.target.value)}
        />
        <Textfield
          label={t('curation.nameEn')}
          value={form.nameEn}
          error={problem?.fields.nameEn}
          onChange={(e) => set('nameEn', e.target.value)}
        />
      </div>
      <Textfield
        label={t('curation.descriptionNb')}
        multiline
        rows={2}
        value={form.descriptionNb}
        error={problem?.fields.descriptionNb}
        onChange={(e) => set('descriptionNb', e.target.value)}
      />
      <Textfield
        label={t('curation.descriptionEn')}
        multiline
        rows={2}
        value={form.descriptionEn}
        error={problem?.fields.descriptionEn}
        onChange={(e) => set('descriptionEn', e.target.value)}
      />
      <Checkbox
        label={t('curation.archived')}
        checked={form.archived}
        onChange={(e) => set('archived', e.target.checked)}
      />
      <div className="hb-actions">
        <Button type="submit">{t('curation.save')}</Button>
        <Button type="button" variant="tertiary" onClick={() => setEditing(null)}>
          {t('edit.cancel')}
        </Button>
      </div>
    </form>
  );

  return (
    <section className="hb-stack" aria-labelledby="hb-cur-cat">
      <Heading level={2} data-size="sm" id="hb-cur-cat">
        {t('categories.title')}
      </Heading>
      {error ? (
        <Alert data-color="danger" data-size="sm" role="alert">
          {error}
        </Alert>
      ) : null}
      <ol className="hb-curation-list">
        {(all.data ?? []).map((c, i, list) => (
          <li key={c.id} className="hb-card">
            {editing === c.id ? (
              formView
            ) : (
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
                    disabled={i === 0}
                    onClick={() => void move(i, -1)}
                    aria-label={t('curation.up', { name: c.nameNb })}
                  >
                    ↑
                  </Button>
                  <Button
                    data-size="sm"
                    variant="tertiary"
                    disabled={i === list.length - 1}
                    onClick={() => void move(i, 1)}
                    aria-label={t('curation.down', { name: c.nameNb })}
                  >
                    ↓
                  </Button>
                  <Button
                    data-size="sm"
                    variant="secondary"
                    onClick={() => {
                      setForm({
                        slug: c.slug,
                        nameNb: c.nameNb,
                        nameEn: c.nameEn,
                        descriptionNb: c.descriptionNb,
                        descriptionEn: c.descriptionEn,
                        archived: c.archived,
                      });
                      setEditing(c.id);
                    }}
                  >
                    {t('post.edit')}
                  </Button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ol>
      {editing === 'new' ? (
        formView
      ) : (
        <div>
          <Button
            onClick={() => {
              setForm(emptyForm);
              setEditing('new');
            }}
          >
            {t('curation.newCategory')}
          </Button>
        </div>
      )}
    </section>
  );
}
