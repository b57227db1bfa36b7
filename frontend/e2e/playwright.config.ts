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
  workers: 1,
  retries: 0,
  timeout: 60_000,
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
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, isMobile: false },
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
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
