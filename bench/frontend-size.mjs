// What the first page costs a browser: loads a URL of a running Helsebro in Chromium and sums the
// JavaScript and CSS it fetched, gzipped (as sent over the network when compression is on).
// Usage: node bench/frontend-size.mjs [url]   (default http://127.0.0.1:8080/)
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(path.resolve(import.meta.dirname, '..', 'frontend', 'package.json'));
const { chromium } = require('playwright-core');

const url = process.argv[2] ?? 'http://127.0.0.1:8080/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage();
// Every body is read before the sums (pushed as each body came, the last ones were left out when
// the page went idle first: ADR 0018's addendum of 2026-12-06).
const reads = [];
page.on('response', (response) => {
  const type = response.headers()['content-type'] ?? '';
  if (!/javascript|css/.test(type)) return;
  reads.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, type: type.includes('css') ? 'css' : 'js', raw: body.length, gz: gzipSync(body).length })));
});
await page.goto(url, { waitUntil: 'networkidle' });
const files = await Promise.all(reads);
await browser.close();

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
for (const f of files.sort((a, b) => b.gz - a.gz)) console.log(`${kb(f.gz)} KB gz ${kb(f.raw)} KB raw  ${f.url}`);
for (const type of ['js', 'css']) {
  const all = files.filter((f) => f.type === type);
  console.log(`${type.toUpperCase()} on first load: ${kb(all.reduce((s, f) => s + f.gz, 0))} KB gzip, ${all.length} files`);
}
