import { defineConfig, devices } from '@playwright/test';
import { appPort, baseURL, mailApiPort, smtpPort } from './support/ports';

/**
 * End-to-end tests in Debian's Chromium against the packaged jar (see support/stack.mjs).
 * Run with `npm run e2e` after `./mvnw -DskipTests package`, or as part of `./mvnw verify`.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: './.artifacts/results',
  fullyParallel: false,
  // Spec files run side by side (each makes its own members and content; the tests inside a file
  // run in order). Two workers on a two-core machine: most of a test's time is waiting for the
  // server and the browser. E2E_WORKERS=1 runs one spec at a time.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  // Per test. A journey of 20 page loads with axe scans takes ~30 s on an idle two-core machine
  // and three times that when six builds share it; a real hang still fails.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: './.artifacts/report' }]],
  use: {
    baseURL,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // First in the queue: the every-route scan's two long tests (coordinator and guest, each
    // through all three languages at 360 and 1280 px) start at once on both workers, and the
    // shorter journeys fill in after them. Listed last, they started when most of the suite had
    // run and one worker finished alone (longest first is the better order for two workers).
    {
      name: 'routes',
      testMatch: '**/layout-all-routes.spec.ts',
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, isMobile: false },
    },
    {
      name: 'desktop',
      testIgnore: [
        '**/layout-all-routes.spec.ts',
        '**/weak-devices.spec.ts',
        '**/lighthouse.spec.ts',
      ],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, isMobile: false },
      // At 360 px: every member journey (every route's layout and axe scan is the project 'routes').
      // Left to the desktop: coordinators' desk work (approvals, suspension, moderation, cohorts,
      // insights) and checks that do not depend on the width (XSS). Keeps CI under ~35 minutes.
      testIgnore: [
        '**/layout-all-routes.spec.ts',
        '**/weak-devices.spec.ts',
        '**/lighthouse.spec.ts',
        '**/accounts-approval.spec.ts',
        '**/axe-scan.spec.ts',
        '**/accounts-suspension.spec.ts',
        '**/forum-coordinator.spec.ts',
        '**/forum-xss.spec.ts',
        '**/insights.spec.ts',
        '**/mentoring-cohort.spec.ts',
        '**/moderation-flags.spec.ts',
      ],
    },
    // Last, once everything else has run: the weak-device timings (a topic readable within 3 s on
    // Slow 4G with a 4x slower CPU) measure the page, not the other worker. Run beside another
    // spec on this two-core machine the same build took 3.1-3.9 s where alone it took 1.9-2.3 s.
    {
      name: 'measured',
      testMatch: '**/weak-devices.spec.ts',
      dependencies: ['routes', 'desktop', 'phone'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    // After the timings, alone too: Lighthouse's four pages, three runs each (issue 14, ADR 0022).
    // Lighthouse emulates its own phone; the project's browser only seeds the data.
    {
      name: 'lighthouse',
      testMatch: '**/lighthouse.spec.ts',
      dependencies: ['measured'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: 'node support/stack.mjs',
    env: {
      E2E_APP_PORT: String(appPort),
      E2E_MAIL_API_PORT: String(mailApiPort),
      E2E_SMTP_PORT: String(smtpPort),
    },
    url: `${baseURL}/health`,
    // The first start on a busy machine unpacks and migrates a fresh database: minutes, not seconds.
    timeout: 300_000,
    reuseExistingServer: false,
    // SIGTERM (not the default SIGKILL) so that the stack stops Helsebro and deletes its data.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
