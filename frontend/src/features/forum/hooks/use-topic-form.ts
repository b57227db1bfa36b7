import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { ApiError, NetworkError, newIdempotencyKey } from '@/lib/api-client';
import { focusFirstError } from '@/lib/forms/focus-first-error';
import { useSession } from '@/lib/session';
import { useCreateTopic } from '../api/topics';
import type { CreateTopicRequest, StoryFields, TopicKind } from '../api/types';
import { toFormProblem, type FormProblem } from '../components/problems';
import { enqueue, type OutboxItem } from '../lib/outbox';
import { useDraft } from './use-draft';

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
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [sending, setSending] = useState(false);
  const key = useRef<{ key: string; json: string } | null>(null);
  const inFlight = useRef(false);
  const d = draft.value;

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

  const set = <K extends keyof TopicDraft>(k: K, v: TopicDraft[K]) => {
    draft.update((x) => ({ ...x, [k]: v }));
    // A field's error goes as soon as what is typed there is right (not only on the next submit).
    if (problem && Object.keys(problem.fields).length) {
      const still = localProblems({ ...d, [k]: v });
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

  const submit = async (categoryId: string) => {
    if (inFlight.current) return;
    const local = localProblems(d);
    if (Object.keys(local).length) {
      setProblem({ fields: local, patientData: null, message: t('problems.fields') });
      focusFirstError(form.current);
      return;
    }
    const request = toCreateTopicRequest(d, kind, categoryId);
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
      const created = await createTopic({ request, idempotencyKey });
      key.current = null;
      draft.clear();
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

  const patientData = (field: string) =>
    problem?.patientData?.field === field ? problem.patientData.matches : null;
  const error = (field: string) => problem?.fields[field] ?? null;

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
