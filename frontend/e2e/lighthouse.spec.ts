import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './support/fixtures';
import { uniqueSuffix } from './support/forum';
import { apiMember, makeTrusted, reply, topic } from './support/moderation';

/**
 * Lighthouse in CI (issue 14, ADR 0022): bench/lighthouse.mjs, Lighthouse 12.2.3's mobile profile
 * in Debian's Chromium, on the landing page (a guest) and a topic page (signed in) of the e2e
 * server. Accessibility must be 100 and best practices at least 95 on both, and layout shift
 * (CLS) at most 0.1, Lighthouse's "good" (ADR 0026: it does not depend on the machine's speed).
 * The performance score is printed and recorded, not asserted: Lighthouse simulates a slow phone
 * from what it measures on this machine, which CI shares with the rest of the e2e run (see ADR
 * 0022 for the runs behind this choice). bench/lighthouse.mjs judges all four pages, performance
 * too, on a quiet machine.
 */
const script = path.resolve(import.meta.dirname, '..', '..', 'bench', 'lighthouse.mjs');

interface PageScores {
  page: string;
  path: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  metrics: Record<string, string | null>;
  audits: Record<string, string[]>;
}

test('the landing page and a topic score 100 for accessibility and 95+ for best practices, and do not shift', async ({
  baseURL,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'Lighthouse emulates its own phone');
  test.setTimeout(300_000);
  const member = await apiMember('Fyrlykt');
  // New members may post ten times an hour; an accepted answer makes this one trusted (ADR 0206).
  await makeTrusted(member, await apiMember('Spørrende'));
  const title = `Utskrift fra DIPS Arena på vaktrommet ${uniqueSuffix()}`;
  const id = await topic(member, 'DISCUSSION', title, 'Hva har dere gjort med utskriftene?');
  // More than one page of replies, so the pager is there too.
  for (let i = 0; i < 3; i++) {
    await Promise.all(
      Array.from({ length: 10 }, (_, j) =>
        reply(member, id, `Svar ${i * 10 + j + 1}: vi tømte utskriftskøen og startet tjenesten.`),
      ),
    );
  }

  const json = testInfo.outputPath('lighthouse.json');
  const started = Date.now();
  const run = await promisify(execFile)(process.execPath, [script], {
    env: {
      ...process.env,
      LH_BASE: baseURL,
      LH_PAGES: 'landing,topic',
      LH_EMAIL: member.email,
      LH_PASSWORD: member.password,
      LH_TOPIC: String(id),
      LH_JSON: json,
      LH_REPORTS: testInfo.outputPath('reports'),
    },
    maxBuffer: 10 * 1024 * 1024,
  }).catch((e: { stdout?: string; stderr?: string; code?: number }) => {
    // Below a threshold the script exits 1; the scores are still written and judged below.
    if (!fs.existsSync(json)) throw new Error(`bench/lighthouse.mjs failed: ${e.stderr ?? e}`);
    return { stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  });
  console.log(`${run.stdout}(Lighthouse took ${Math.round((Date.now() - started) / 1000)} s)`);

  const results = JSON.parse(fs.readFileSync(json, 'utf8')) as PageScores[];
  expect(results.map((r) => r.page)).toEqual(['landing', 'topic']);
  for (const r of results) {
    expect
      .soft(r.scores.accessibility, `${r.path} accessibility: ${r.audits.accessibility ?? ''}`)
      .toBe(100);
    expect
      .soft(
        r.scores['best-practices'],
        `${r.path} best practices: ${r.audits['best-practices'] ?? ''}`,
      )
      .toBeGreaterThanOrEqual(95);
    // Reserved space and skeletons of the final size (ADR 0026): was 0.31 and 0.47.
    const cls = Number(r.metrics['cumulative-layout-shift'] ?? Number.NaN);
    expect.soft(cls, `${r.path} cumulative layout shift`).toBeLessThanOrEqual(0.1);
  }
});
