/**
 * Starts what the end-to-end tests run against: a real SMTP server that keeps what it receives
 * (readable at http://127.0.0.1:<mailApiPort>/messages), and the packaged Helsebro jar on a fresh
 * data directory with its embedded MariaDB, sending mail to that SMTP server.
 * Playwright runs this as its webServer and stops it when the tests are done.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// Ports come from the Playwright config (support/ports.ts), which starts this script.
const appPort = Number(process.env.E2E_APP_PORT);
const mailApiPort = Number(process.env.E2E_MAIL_API_PORT);
const smtpPort = Number(process.env.E2E_SMTP_PORT);
const baseURL = `http://127.0.0.1:${appPort}`;

/** @type {{to: string[], from: string, subject: string, text: string, html: string, language: string | null, receivedAt: string}[]} */
const mails = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap(
          (a) => a.value.map((v) => (v.address ?? '').toLowerCase()),
        );
        mails.push({
          to,
          from: parsed.from?.text ?? '',
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          language: parsed.headers.get('content-language') ?? null,
          receivedAt: new Date().toISOString(),
        });
        callback();
      })
      .catch((e) => callback(e));
  },
});
smtp.listen(smtpPort, '127.0.0.1');

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${mailApiPort}`);
  const to = url.searchParams.get('to')?.toLowerCase();
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(to ? mails.filter((m) => m.to.includes(to)) : mails));
}).listen(mailApiPort, '127.0.0.1');

const jar = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'backend',
  'target',
  'helsebro.jar',
);
if (!existsSync(jar)) {
  console.error(`No ${jar}: build it first (./mvnw -DskipTests package)`);
  process.exit(1);
}
// A data directory of our own is deleted when the stack stops (one given by E2E_DATA_DIR is kept).
const ownDataDir = !process.env.E2E_DATA_DIR;
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'helsebro-e2e-'));
function removeDataDir() {
  if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
}
console.log(`Helsebro e2e stack: ${baseURL}, data in ${dataDir}, SMTP on ${smtpPort}`);

// Always the embedded MariaDB (the default a fresh machine gets): CI points the backend's own tests
// at an external server through DATASOURCES_*, and this stack must not follow it there.
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith('DATASOURCES_')),
);
const app = spawn('java', ['-Xmx384m', '-jar', jar], {
  stdio: 'inherit',
  env: {
    ...inherited,
    MICRONAUT_SERVER_PORT: String(appPort),
    HELSEBRO_DATA_DIR: dataDir,
    HELSEBRO_BASE_URL: baseURL,
    HELSEBRO_MAIL_HOST: '127.0.0.1',
    HELSEBRO_MAIL_PORT: String(smtpPort),
    HELSEBRO_MAIL_FROM: 'Helsebro <ikke-svar@helsebro.no>',
    HELSEBRO_BOOTSTRAP_COORDINATOR_EMAIL: 'koordinator@helsebro.no',
    HELSEBRO_BOOTSTRAP_COORDINATOR_PASSWORD: 'Koordinator-passord-2026',
    HELSEBRO_BOOTSTRAP_COORDINATOR_NAME: 'Kari Koordinator',
    // Notification mail goes to the outbox within seconds, not the production half minute.
    HELSEBRO_NOTIFICATIONS_MAIL_INTERVAL: '2s',
    HELSEBRO_NOTIFICATIONS_MAIL_INITIAL_DELAY: '2s',
  },
});

function stop() {
  app.kill('SIGTERM');
  smtp.close();
  setTimeout(() => {
    removeDataDir();
    process.exit(0);
  }, 10_000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
app.on('exit', (code) => {
  smtp.close();
  removeDataDir();
  process.exit(code ?? 0);
});
