import { expect, request as playwrightRequest } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { authHeaders, type Credentials } from './accounts';
import { baseURL } from './ports';

/**
 * Mentoring helpers for end-to-end specs: sign in through the API (no page) and set up mentors
 * and mentees quickly, so a spec can spend its browser time on the journey it is about.
 */

/** An access token for a member, from the API's sign-in. */
export async function apiToken(credentials: Credentials): Promise<string> {
  const context = await playwrightRequest.newContext({ baseURL });
  try {
    const response = await context.post('/api/v1/auth/sign-in', {
      headers: authHeaders,
      data: { email: credentials.email, password: credentials.password },
    });
    expect(response.status(), await response.text()).toBe(200);
    return ((await response.json()) as { accessToken: string }).accessToken;
  } finally {
    await context.dispose();
  }
}

async function call(token: string, method: 'GET' | 'PUT' | 'POST', path: string, data?: unknown) {
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

interface Term {
  id: number;
  code: string;
}

/** The id of a taxonomy term by kind and code, e.g. ('systems', 'dips-arena'). */
export async function termId(
  token: string,
  kind: 'systems' | 'topics' | 'workplaceTypes' | 'regions' | 'languages',
  code: string,
): Promise<number> {
  const options = (await call(token, 'GET', '/mentoring-options')) as Record<string, Term[]>;
  const term = options[kind]?.find((t) => t.code === code);
  if (!term) throw new Error(`No ${kind} term ${code}`);
  return term.id;
}

/** Opts a member in as mentor for these systems (Norwegian, weekday evenings, messages). */
export async function optInAsMentor(token: string, systemIds: number[], capacity = 2) {
  const nb = await termId(token, 'languages', 'nb');
  await call(token, 'PUT', '/me/mentor-profile', {
    systemIds,
    topicIds: [],
    workplaceTypeIds: [],
    regionIds: [],
    languageIds: [nb],
    capacity,
    availability: ['WEEKDAY_EVENING'],
    contactMode: 'MESSAGES',
    introduction: 'Erfaren superbruker.',
    paused: false,
  });
}

/** States a mentee's needs: help with these systems. */
export async function stateNeeds(token: string, systemIds: number[]) {
  await call(token, 'PUT', '/me/mentee-needs', {
    systemIds,
    topicIds: [],
    goals: 'Bli tryggere i rollen som superbruker',
    availability: ['WEEKDAY_EVENING'],
    sameRegion: false,
    sameBackground: false,
  });
}

/** Asks a question in the forum through its API; answers the topic id. */
export async function askQuestion(token: string, title: string, systemIds: number[]) {
  const context = await playwrightRequest.newContext({ baseURL });
  try {
    const category = await context.get('/api/v1/categories/patient-records', {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(category.ok(), await category.text()).toBe(true);
    const { id } = (await category.json()) as { id: number };
    const created = await context.post('/api/v1/topics', {
      headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': randomUUID() },
      data: {
        categoryId: id,
        kind: 'QUESTION',
        title,
        body: 'Hvordan har dere løst dette?',
        systemIds,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    return ((await created.json()) as { id: number }).id;
  } finally {
    await context.dispose();
  }
}
