import { expect } from '@playwright/test';
import { mailApiPort } from './ports';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  language: string | null;
  receivedAt: string;
}

/** All mail the test SMTP server received for this address, oldest first. */
export async function mailsTo(address: string): Promise<ReceivedMail[]> {
  const response = await fetch(
    `http://127.0.0.1:${mailApiPort}/messages?to=${encodeURIComponent(address.toLowerCase())}`,
  );
  return (await response.json()) as ReceivedMail[];
}

/** Waits for the n-th mail to this address (1 = the first) and returns it. */
export async function waitForMail(address: string, n = 1): Promise<ReceivedMail> {
  let found: ReceivedMail[] = [];
  await expect
    .poll(async () => (found = await mailsTo(address)).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(n);
  return found[n - 1]!;
}

/** Waits for a mail to this address whose subject contains the given text, and returns it. */
export async function waitForMailAbout(address: string, subject: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(async () => (found = (await mailsTo(address)).find((m) => m.subject.includes(subject))), {
      timeout: 15_000,
    })
    .toBeDefined();
  return found!;
}

/** The first link in a mail's text that starts with the given path, e.g. "/register/confirm". */
export function linkIn(mail: ReceivedMail, pathPrefix: string): string {
  const match = mail.text.match(
    new RegExp(`https?://[^\\s]+${pathPrefix.replace('/', '\\/')}[^\\s]*`),
  );
  if (!match) throw new Error(`No link to ${pathPrefix} in mail "${mail.subject}":\n${mail.text}`);
  return match[0];
}
