import { ApiError } from '../api-client';

/** Where in a field's text the server found a national identity number (character offsets). */
export interface Match {
  start: number;
  end: number;
}

/** What a patient-data refusal names: the field and where in it the numbers are. */
export interface PatientDataRefusal {
  field: string;
  matches: Match[];
}

/**
 * The field and matches of the server's 422 `patient-data` refusal (the backend's patient-data
 * guard, for every free-text field), or null for any other outcome.
 */
export function patientDataOf(error: unknown): PatientDataRefusal | null {
  if (!(error instanceof ApiError) || error.problem.code !== 'patient-data') return null;
  const p = error.problem;
  const field = String(p.field ?? error.fieldErrors[0]?.field ?? 'body');
  return { field, matches: Array.isArray(p.matches) ? (p.matches as Match[]) : [] };
}

/** Line and column (1-based) of a character offset. */
export function position(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}
