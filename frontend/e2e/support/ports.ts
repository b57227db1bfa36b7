import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Ports for one checkout, stable across Playwright's processes and different between checkouts,
 * so that two worktrees can run their end-to-end tests at the same time.
 */
function basePort() {
  if (process.env.E2E_PORT) return Number(process.env.E2E_PORT);
  const checkout = path.resolve(import.meta.dirname, '..', '..');
  const hash = createHash('sha256').update(checkout).digest().readUInt16BE(0);
  return 20000 + (hash % 2000) * 10;
}

export const appPort = basePort();
export const mailApiPort = appPort + 1;
export const smtpPort = appPort + 2;
export const baseURL = `http://127.0.0.1:${appPort}`;
