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
  const known: Record<string, string> = {
    'topic-locked': t('problems.locked'),
    'topic-closed': t('problems.closed'),
    'category-archived': t('problems.archived'),
    'not-author': t('problems.notAuthor'),
    'own-post': t('problems.ownPost'),
    'idempotency-key-reused': t('problems.retry'),
    'not-found': t('problems.notFound'),
  };
  return {
    fields,
    patientData: null,
    message:
      (p.code && known[p.code]) ||
      (Object.keys(fields).length ? t('problems.fields') : t('problems.unknown')),
  };
}

/** The one-line text for a failed action (a dialog's or a button's), in the member's language. */
export function useActionProblem() {
  const { t } = useTranslation('forum');
  return (e: unknown) => toFormProblem(e, t).message;
}

/** Why a toggle's change (follow, bookmark) did not take: there is no text to keep, only to retry. */
export function useToggleProblem() {
  const { t } = useTranslation('forum');
  return (e: unknown) =>
    e instanceof NetworkError
      ? t('problems.toggleNetwork')
      : e instanceof ApiError && e.problem.code === 'not-found'
        ? t('problems.notFound')
        : t('problems.toggle');
}
