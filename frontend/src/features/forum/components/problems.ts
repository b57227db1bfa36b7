import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '@/lib/api-client';
import { fieldErrorText } from '@/lib/forms/field-errors';
import { patientDataOf, type PatientDataRefusal } from '@/lib/forms/patient-data';

/** A refused submit, turned into what the form shows: per-field texts and one summary line. */
export interface FormProblem {
  fields: Record<string, string>;
  patientData: PatientDataRefusal | null;
  message: string;
}

export function toFormProblem(e: unknown, t: TFunction<'forum'>): FormProblem {
  if (e instanceof NetworkError) {
    return { fields: {}, patientData: null, message: t('problems.network') };
  }
  if (!(e instanceof ApiError)) {
    return { fields: {}, patientData: null, message: t('problems.unknown') };
  }
  const p = e.problem;
  const fields: Record<string, string> = {};
  const patientData = patientDataOf(e);
  if (patientData) {
    fields[patientData.field] = t('patientData.title');
    return { fields, patientData, message: t('patientData.summary') };
  }
  if (p.code === 'rate-limited') {
    const minutes = Math.max(1, Math.ceil(Number(p.retryAfterSeconds ?? 60) / 60));
    const max = Number(p.max ?? 0);
    const message =
      p.limit === 'links-per-post'
        ? t('problems.tooManyLinks', { max })
        : p.limit === 'topics-per-hour'
          ? t('problems.tooManyTopics', { max, minutes })
          : t('problems.tooManyPosts', { max, minutes });
    if (p.limit === 'links-per-post') fields.body = message;
    return { fields, patientData: null, message };
  }
  for (const fe of e.fieldErrors) {
    fields[fe.field] = fieldErrorText(fe);
  }
  return {
    fields,
    patientData: null,
    message:
      knownProblem(p.code, t) ??
      (Object.keys(fields).length ? t('problems.fields') : t('problems.unknown')),
  };
}

/** The text key of each refusal the forum names by its code. */
const KNOWN_PROBLEMS = {
  'topic-locked': 'problems.locked',
  'topic-closed': 'problems.closed',
  'category-archived': 'problems.archived',
  'not-author': 'problems.notAuthor',
  'own-post': 'problems.ownPost',
  'idempotency-key-reused': 'problems.retry',
  'not-found': 'problems.notFound',
} as const;

/** The text for a refusal the forum names by its code, or undefined for any other. */
function knownProblem(code: string | undefined, t: TFunction<'forum'>): string | undefined {
  if (code === undefined || !Object.hasOwn(KNOWN_PROBLEMS, code)) return undefined;
  return t(KNOWN_PROBLEMS[code as keyof typeof KNOWN_PROBLEMS]);
}

/** The one-line text for a failed action (a dialog's or a button's), in the member's language. */
export function useActionProblem() {
  const { t } = useTranslation('forum');
  return (e: unknown) => toFormProblem(e, t).message;
}

/**
 * Why a toggle's change (follow, bookmark, helpful) did not take: there is no text to keep, only
 * to retry; a refusal the forum names (the topic is gone, one's own post) says so.
 */
export function useToggleProblem() {
  const { t } = useTranslation('forum');
  return (e: unknown) =>
    e instanceof NetworkError
      ? t('problems.toggleNetwork')
      : ((e instanceof ApiError ? knownProblem(e.problem.code, t) : undefined) ??
        t('problems.toggle'));
}
