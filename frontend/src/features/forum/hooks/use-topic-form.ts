import { useRef, useState, type RefObject } from 'react';
import type { FieldErrors, Path, PathValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from '@/lib/forms/zod';
import { ApiError } from '@/lib/api-client';
import { focusFirstError } from '@/lib/forms/focus-first-error';
import { useSession } from '@/lib/session';
import { useCreateTopic } from '../api/topics';
import type { CreateTopicRequest, StoryFields, TopicKind } from '../api/types';
import { toFormProblem } from '../components/problems';
import type { OutboxItem } from '../lib/outbox';
import { useDraft } from './use-draft';
import { useOutboxSend } from './use-outbox-send';
import { usePostForm } from './use-post-form';

export interface TopicDraft {
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

/** The request the server gets for a draft of the given kind (fields of other kinds left out). */
function isEmptyTopicDraft(d: TopicDraft) {
  return !d.title.trim() && !d.body.trim() && !Object.values(d.story).some((v) => v?.trim());
}

export function toCreateTopicRequest(
  d: TopicDraft,
  kind: TopicKind,
  categoryId: string,
): CreateTopicRequest {
  return {
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
}

/** The paths ("title", "story.context") of the fields that have an error. */
function errorPaths(errors: FieldErrors, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([name, e]) => {
    if (!e || typeof e !== 'object') return [];
    if ('message' in e || 'type' in e) return [`${prefix}${name}`];
    return errorPaths(e as FieldErrors, `${prefix}${name}.`);
  });
}

/**
 * A new topic's form state: the draft kept in the browser (and on the server), the form's own
 * checks, the refused submit's problem by field, and the submit that waits in the outbox when
 * there is no connection.
 */
export function useTopicForm(
  kind: TopicKind,
  initialTitle: string,
  /** The form element, where focus goes to the first field to fix. */
  form: RefObject<HTMLFormElement | null>,
) {
  const { t } = useTranslation('forum');
  const { member } = useSession();
  const navigate = useNavigate();
  const createTopic = useCreateTopic();
  const draftKey = `new-${kind.toLowerCase()}`;
  const draft = useDraft<TopicDraft>(
    draftKey,
    member?.id ?? 0,
    { ...emptyDraft, title: initialTitle.slice(0, 200) },
    isEmptyTopicDraft,
  );
  const [sending, setSending] = useState(false);
  const send = useOutboxSend(draftKey, draft);
  const inFlight = useRef(false);
  const d = draft.value;

  const section = z.preprocess(
    (v) => v ?? '',
    z.string().trim().min(1, t('validation.sectionRequired')),
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
    story:
      kind === 'STORY'
        ? z.looseObject({
            context: section,
            whatWeDid: section,
          })
        : z.looseObject({}),
  });
  const {
    form: rhf,
    problem,
    setProblem,
    showProblem,
    check,
    error,
    patientData,
  } = usePostForm<TopicDraft>(schema, { values: d });
  const { errors } = rhf.formState;

  const set = <K extends keyof TopicDraft>(k: K, v: TopicDraft[K]) => {
    draft.update((x) => ({ ...x, [k]: v }));
    rhf.setValue(k as Path<TopicDraft>, v as PathValue<TopicDraft, Path<TopicDraft>>);
    // A field's error goes as soon as what is typed there is right (not only on the next submit);
    // a field without an error gets none until the next submit.
    const before = errorPaths(errors);
    const marked = before.filter((f) => f === k || f.startsWith(`${String(k)}.`));
    if (!marked.length) return;
    void rhf.trigger(marked as Path<TopicDraft>[]).then((fixed) => {
      // The line above the button goes with the last field error (not with patient data).
      if (!fixed || before.length > marked.length) return;
      setProblem((p) => (p && p.hadFields && !p.patientData ? null : p));
    });
  };

  const submit = async (categoryId: string) => {
    if (inFlight.current) return;
    inFlight.current = true;
    const valid = await check(t('problems.fields'));
    // No category yet (the list has not come, e.g. the form was opened just before the connection
    // went): say so on the field rather than send a topic the server must refuse.
    if (!categoryId) {
      rhf.setError('categoryId', { type: 'client', message: t('validation.category') });
      setProblem({ message: t('problems.fields'), patientData: null, hadFields: true });
    }
    if (!valid || !categoryId) {
      focusFirstError(form.current);
      inFlight.current = false;
      return;
    }
    const request = toCreateTopicRequest(d, kind, categoryId);
    setSending(true);
    setProblem(null);
    // Without a connection the topic waits, with its key, and is sent when the connection is back.
    const post = {
      kind: 'topic' as const,
      path: '/topics',
      body: request,
      topicId: null,
      href: `/forum/new?kind=${kind.toLowerCase()}`,
    };
    try {
      const created = await send(JSON.stringify(request), post, (idempotencyKey) =>
        createTopic({ request, idempotencyKey }),
      );
      if (created) navigate(`/forum/t/${created.topicId}`);
    } catch (e) {
      showProblem(toFormProblem(e, t));
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
      showProblem(toFormProblem(new ApiError(item.refusal.status, item.refusal.problem), t));
    return true;
  };

  return {
    draft,
    draftKey,
    value: d,
    set,
    submit,
    giveBack,
    problem,
    sending,
    error,
    patientData,
  };
}

export type TopicFormState = ReturnType<typeof useTopicForm>;
