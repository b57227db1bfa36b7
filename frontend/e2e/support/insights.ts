import { expect, request as playwrightRequest } from '@playwright/test';
import { baseURL } from './ports';

/**
 * Helpers for the groups and insights specs: taxonomy ids by code and a profile saved through the
 * API, so a spec spends its browser time on the journey it is about.
 */

interface Term {
  id: number;
  kind: string;
  code: string;
}

async function call(token: string, method: 'GET' | 'PUT', path: string, data?: unknown) {
  const context = await playwrightRequest.newContext({ baseURL });
  try {
    const response = await context.fetch(`/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}` },
      data,
    });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as unknown;
  } finally {
    await context.dispose();
  }
}

/** The id of a taxonomy term, e.g. ('REGION', 'helse-vest'). */
export async function taxonomyId(token: string, kind: string, code: string) {
  const terms = (await call(token, 'GET', '/taxonomies')) as Term[];
  const term = terms.find((t) => t.kind === kind && t.code === code);
  if (!term) throw new Error(`No ${kind} term ${code}`);
  return term.id;
}

/** Saves the member's profile with a region and systems used. */
export async function saveProfile(
  token: string,
  displayName: string,
  regionId: number,
  systemIds: number[],
) {
  await call(token, 'PUT', '/me/profile', { displayName, regionId, systemsUsed: systemIds });
}
