import '../forum.css';
import {
  Alert,
  Button,
  Checkbox,
  Details,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { SimilarTopicsSlot } from '@/components/ui/slots';
import { TextField } from '@/components/ui/text-field';
import { ApiError, NetworkError, newIdempotencyKey } from '@/lib/api-client';
import { focusFirstError } from '@/lib/focus-first-error';
import { useSession } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { createTopic, useCategories, useInvalidateForum, useVocabularies } from '../api/topics';
import { useTagSuggestions } from '../api/writing';
import {
  durations,
  orgSizes,
  storyFieldNames,
  topicKinds,
  trainingFormats,
  type CreateTopicRequest,
  type StoryFields,
  type TopicKind,
} from '../api/types';
import { DraftStatusLine } from '../components/draft-status';
import { MarkdownField } from '../components/markdown-field';
import { toFormProblem, type FormProblem } from '../components/problems';
import { WaitingPosts } from '../components/waiting-posts';
import { useDraft } from '../hooks/use-draft';
import { enqueue, type OutboxItem } from '../lib/outbox';

interface TopicDraft {
  categoryId: string;
  title: string;
  body: string;
  tags: string;
  systemIds: number[];
  workplaceTypeId: string;
  orgSize: string;
  duration: string;
  story: StoryFields;
  trainingFormat: string;
  audienceIds: number[];
  linkUrl: string;
}

/** Wire.MAX_SECTION on the server: one section of an implementation story. */
const maxSection = 20_000;

const emptyDraft: TopicDraft = {
  categoryId: '',
  title: '',
  body: '',
  tags: '',
  systemIds: [],
  workplaceTypeId: '',
  orgSize: '',
  duration: '',
  story: {},
  trainingFormat: '',
  audienceIds: [],
  linkUrl: '',
};

const defaultCategory: Record<TopicKind, string> = {
  QUESTION: 'patient-records',
  DISCUSSION: 'coffee-room',
  STORY: 'implementation-stories',
  TRAINING: 'training',
};

function isKind(v: string | null): v is TopicKind {
  return v != null && (topicKinds as string[]).includes(v.toUpperCase());
}

function isEmptyTopicDraft(d: TopicDraft) {
  return !d.title.trim() && !d.body.trim() && !Object.values(d.story).some((v) => v?.trim());
}

export function NewTopicPage() {
  const { t } = useTranslation('forum');
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? (kindParam.toUpperCase() as TopicKind) : null;
  useDocumentTitle(kind ? t(`new.title.${kind}`) : t('new.chooseTitle'));
  if (!kind) {
    return (
      <article className="hb-stack">
        <Heading level={1} data-size="lg">
          {t('new.chooseTitle')}
        </Heading>
        <Paragraph>{t('new.chooseLead')}</Paragraph>
        <ul className="hb-kind-choices">
          {topicKinds.map((k) => (
            <li key={k}>
              <Link
                to={`/forum/new?${new URLSearchParams({ ...Object.fromEntries(params), kind: k.toLowerCase() })}`}
                className="hb-kind-choice"
                onClick={(e) => {
                  e.preventDefault();
                  const next = new URLSearchParams(params);
                  next.set('kind', k.toLowerCase());
                  setParams(next);
                }}
              >
                <strong>{t(`kind.${k}`)}</strong>
                <span>{t(`new.explain.${k}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </article>
    );
  }
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
  const { language } = useLanguage();
  const { member } = useSession();
  const navigate = useNavigate();
  const categories = useCategories();
  const vocab = useVocabularies();
  const invalidate = useInvalidateForum();
  const draftKey = `new-${kind.toLowerCase()}`;
  const draft = useDraft<TopicDraft>(
    draftKey,
    member?.id ?? 0,
    { ...emptyDraft, title: initialTitle.slice(0, 200) },
    isEmptyTopicDraft,
  );
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [sending, setSending] = useState(false);
  const key = useRef<{ key: string; json: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const inFlight = useRef(false);
  const ids = useId();
  const d = draft.value;
  const set = <K extends keyof TopicDraft>(k: K, v: TopicDraft[K]) => {
    draft.update((x) => ({ ...x, [k]: v }));
    // A field's error goes as soon as what is typed there is right (not only on the next submit).
    if (problem && Object.keys(problem.fields).length) {
      const next = { ...d, [k]: v };
      const still = localProblems(next);
      const changed = (f: string) => f === k || f.startsWith(`${String(k)}.`);
      const fields = Object.fromEntries(
        Object.entries(problem.fields).filter(([f]) => (changed(f) ? f in still : true)),
      );
      if (Object.keys(fields).length !== Object.keys(problem.fields).length) {
        setProblem(
          Object.keys(fields).length || problem.patientData ? { ...problem, fields } : null,
        );
      }
    }
  };
  const name = (x: { nameNb: string; nameEn: string }) => (language === 'en' ? x.nameEn : x.nameNb);

  const preferredSlug = categorySlug ?? defaultCategory[kind];
  const categoryId =
    d.categoryId ||
    String(
      categories.data?.find((c) => c.slug === preferredSlug)?.id ?? categories.data?.[0]?.id ?? '',
    );

  const schema = z.object({
    title: z.string().trim().min(5, t('validation.titleShort')).max(200, t('validation.titleLong')),
    body: kind === 'STORY' ? z.string() : z.string().trim().min(1, t('validation.bodyRequired')),
    linkUrl:
      kind === 'TRAINING'
        ? z
            .string()
            .trim()
            .regex(/^https?:\/\/\S+$/i, t('validation.link'))
        : z.string(),
    trainingFormat: kind === 'TRAINING' ? z.string().min(1, t('validation.format')) : z.string(),
  });

  /** The form's own checks, by field (the server checks again). */
  const localProblems = (x: TopicDraft) => {
    const local: Record<string, string> = {};
    const parsed = schema.safeParse(x);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) local[String(issue.path[0])] ??= issue.message;
    }
    if (kind === 'STORY') {
      if (!x.story.context?.trim()) local['story.context'] = t('validation.sectionRequired');
      if (!x.story.whatWeDid?.trim()) local['story.whatWeDid'] = t('validation.sectionRequired');
    }
    return local;
  };

  const submit = async () => {
    if (inFlight.current) return;
    const local = localProblems(d);
    if (Object.keys(local).length) {
      setProblem({ fields: local, patientData: null, message: t('problems.fields') });
      focusFirstError(form.current);
      return;
    }
    const request: CreateTopicRequest = {
      categoryId: Number(categoryId),
      kind,
      title: d.title.trim(),
      body: d.body,
      tags: d.tags
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
      systemIds: d.systemIds,
      workplaceTypeId: d.workplaceTypeId ? Number(d.workplaceTypeId) : null,
      orgSize: kind === 'STORY' && d.orgSize ? (d.orgSize as CreateTopicRequest['orgSize']) : null,
      duration:
        kind === 'STORY' && d.duration ? (d.duration as CreateTopicRequest['duration']) : null,
      story: kind === 'STORY' ? d.story : null,
      trainingFormat:
        kind === 'TRAINING' && d.trainingFormat
          ? (d.trainingFormat as CreateTopicRequest['trainingFormat'])
          : null,
      audienceIds: kind === 'TRAINING' ? d.audienceIds : [],
      linkUrl: kind === 'TRAINING' ? d.linkUrl.trim() : null,
    };
    const json = JSON.stringify(request);
    if (!key.current || key.current.json !== json) key.current = { key: newIdempotencyKey(), json };
    const idempotencyKey = key.current.key;
    inFlight.current = true;
    setSending(true);
    setProblem(null);
    // Without a connection the topic waits, with its key, and is sent when the connection is back.
    const wait = () => {
      const kept = enqueue({
        key: idempotencyKey,
        kind: 'topic',
        path: '/topics',
        body: request,
        draftKey,
        draft: d,
        topicId: null,
        href: `/forum/new?kind=${kind.toLowerCase()}`,
      });
      if (kept) {
        key.current = null;
        draft.clear();
      }
      return kept;
    };
    try {
      if (!navigator.onLine && wait()) return;
      const created = await createTopic(request, idempotencyKey);
      key.current = null;
      draft.clear();
      await invalidate();
      navigate(`/forum/t/${created.topicId}`);
    } catch (e) {
      if (e instanceof NetworkError && wait()) return;
      setProblem(toFormProblem(e, t));
      focusFirstError(form.current);
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  // A cancelled or refused topic comes back into the form, if the form is empty.
  const giveBack = (item: OutboxItem, refused: boolean) => {
    // What is in the form now, not the draft's save status (which lags behind typing): text the
    // member has started is never overwritten.
    if (!isEmptyTopicDraft(draft.value)) return false;
    draft.update(item.draft as TopicDraft);
    if (refused && item.refusal)
      setProblem(toFormProblem(new ApiError(item.refusal.status, item.refusal.problem), t));
    return true;
  };

  const pd = (field: string) =>
    problem?.patientData?.field === field ? problem.patientData.matches : null;
  const err = (field: string) => problem?.fields[field] ?? null;
  const toggle = (list: number[], id: number) =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

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
      {draft.restored ? (
        <Alert data-color="info" data-size="sm">
          {t('draft.restored')}
        </Alert>
      ) : null}
      <WaitingPosts draftKey={draftKey} onReturn={giveBack} />
      <form
        ref={form}
        className="hb-stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field>
          <Label htmlFor={`${ids}-cat`}>{t('form.category')}</Label>
          <Select
            id={`${ids}-cat`}
            value={categoryId}
            onChange={(e) => set('categoryId', e.target.value)}
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
          onChange={(e) => set('title', e.target.value)}
          error={err('title')}
          required
        />
        {pd('title') ? <ValidationMessage>{t('patientData.inTitle')}</ValidationMessage> : null}
        <SimilarTopicsSlot title={d.title} body={d.body} />
        {kind === 'STORY'
          ? storyFieldNames.map((f) => (
              <MarkdownField
                key={f}
                label={t(`story.${f}`)}
                description={t(`storyHelp.${f}`)}
                value={d.story[f] ?? ''}
                onChange={(v) => set('story', { ...d.story, [f]: v })}
                rows={4}
                limit={maxSection}
                required={f === 'context' || f === 'whatWeDid'}
                error={err(`story.${f}`)}
                patientData={pd(`story.${f}`)}
              />
            ))
          : null}
        <MarkdownField
          label={t(`form.bodyLabel.${kind}`)}
          value={d.body}
          onChange={(v) => set('body', v)}
          required={kind !== 'STORY'}
          error={err('body')}
          patientData={pd('body')}
        />
        {kind === 'TRAINING' ? (
          <>
            <Textfield
              label={t('form.link')}
              description={t('form.linkHelp')}
              type="url"
              value={d.linkUrl}
              onChange={(e) => set('linkUrl', e.target.value)}
              error={err('linkUrl')}
              required
            />
            <Fieldset>
              <Fieldset.Legend>{t('form.format')}</Fieldset.Legend>
              {trainingFormats.map((f) => (
                <Radio
                  key={f}
                  name="trainingFormat"
                  label={t(`format.${f}`)}
                  value={f}
                  checked={d.trainingFormat === f}
                  onChange={() => set('trainingFormat', f)}
                />
              ))}
              {err('trainingFormat') ? (
                <ValidationMessage>{err('trainingFormat')}</ValidationMessage>
              ) : null}
            </Fieldset>
            <Fieldset>
              <Fieldset.Legend>{t('form.audiences')}</Fieldset.Legend>
              {(vocab.data?.audiences ?? []).map((a) => (
                <Checkbox
                  key={a.id}
                  label={name(a)}
                  value={String(a.id)}
                  checked={d.audienceIds.includes(a.id)}
                  onChange={() => set('audienceIds', toggle(d.audienceIds, a.id))}
                />
              ))}
            </Fieldset>
          </>
        ) : null}
        {kind === 'STORY' ? (
          <div className="hb-two">
            <Field>
              <Label htmlFor={`${ids}-size`}>{t('form.orgSize')}</Label>
              <Select
                id={`${ids}-size`}
                value={d.orgSize}
                onChange={(e) => set('orgSize', e.target.value)}
              >
                <option value="">{t('form.notSaid')}</option>
                {orgSizes.map((s) => (
                  <option key={s} value={s}>
                    {t(`orgSize.${s}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor={`${ids}-dur`}>{t('form.duration')}</Label>
              <Select
                id={`${ids}-dur`}
                value={d.duration}
                onChange={(e) => set('duration', e.target.value)}
              >
                <option value="">{t('form.notSaid')}</option>
                {durations.map((s) => (
                  <option key={s} value={s}>
                    {t(`duration.${s}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        ) : null}
        <Field>
          <Label htmlFor={`${ids}-wp`}>{t('form.workplaceType')}</Label>
          <Select
            id={`${ids}-wp`}
            value={d.workplaceTypeId}
            onChange={(e) => set('workplaceTypeId', e.target.value)}
          >
            <option value="">{t('form.notSaid')}</option>
            {(vocab.data?.workplaceTypes ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {name(w)}
              </option>
            ))}
          </Select>
        </Field>
        <Details>
          <Details.Summary>
            {t('form.systems')}
            {d.systemIds.length ? ` (${d.systemIds.length})` : ''}
          </Details.Summary>
          <Details.Content>
            <Fieldset>
              <Fieldset.Legend>{t('form.systemsLegend')}</Fieldset.Legend>
              <div className="hb-checkgrid">
                {(vocab.data?.systems ?? []).map((s) => (
                  <Checkbox
                    key={s.id}
                    label={name(s)}
                    value={String(s.id)}
                    checked={d.systemIds.includes(s.id)}
                    onChange={() => set('systemIds', toggle(d.systemIds, s.id))}
                  />
                ))}
              </div>
            </Fieldset>
          </Details.Content>
        </Details>
        <TagsField value={d.tags} onChange={(v) => set('tags', v)} error={err('tags')} />
        {problem ? (
          <Alert data-color="danger" role="alert">
            {problem.message}
          </Alert>
        ) : null}
        <div className="hb-actions">
          <Button type="submit" aria-disabled={sending || undefined}>
            {sending ? t('composer.sending') : t(`new.submit.${kind}`)}
          </Button>
          <DraftStatusLine status={draft.status} />
        </div>
      </form>
    </article>
  );
}

function TagsField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (v: string) => void;
  error: string | null;
}) {
  const { t } = useTranslation('forum');
  const current = value.split(',').pop()?.trim() ?? '';
  const suggestions = useTagSuggestions(current);
  const pick = (name: string) => {
    const parts = value.split(',').map((x) => x.trim());
    parts[parts.length - 1] = name;
    onChange(`${parts.filter(Boolean).join(', ')}, `);
  };
  const list = (suggestions.data ?? []).filter(
    (s) => s.name.toLowerCase() !== current.toLowerCase(),
  );
  return (
    <div className="hb-stack hb-tight">
      <Textfield
        label={t('form.tags')}
        description={t('form.tagsHelp')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        autoComplete="off"
      />
      {current && list.length ? (
        <div aria-live="polite">
          <span className="hb-muted">{t('form.tagSuggestions')}</span>{' '}
          <ul className="hb-tag-list">
            {list.map((s) => (
              <li key={s.id}>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => pick(s.name)}
                >
                  #{s.name}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
