// The build's budget (issue 14, ADR 0018): what every first page load pays — the entry script, the
// modules it preloads and the style sheets index.html links — may not exceed 150 KB of JavaScript
// or 30 KB of CSS, gzipped. Run after `vite build` (npm run build does), so a build over budget
// fails, in CI too. What a page loads later on demand (routes, languages, charts) is not counted
// here; the end-to-end spec weak-devices.spec.ts measures a real first load in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';

const out = path.resolve(import.meta.dirname, '..', 'target', 'classes', 'public');
const budget = { js: 150 * 1024, css: 30 * 1024 };

const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
const refs = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
].map((m) => m[1]);

// The entry and its preloads ask for the connection after the styles (scriptsAfterStyles in
// vite.config.ts, ADR 0022): without fetchpriority="low" a slow phone draws nothing until they
// have come. boot.ts, loaded async, keeps its priority. What counts as the entry or a preload is
// tested here apart from the plugin's isDeferredAppScript, on purpose: a change to one is made to
// the other.
const highPriority = [
  ...html.matchAll(/<script\b[^>]*type="module"[^>]*>/g),
  ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g),
]
  .map((m) => m[0])
  .filter((tag) => !/\sasync[\s>=]/.test(tag) && !/\sfetchpriority="low"/.test(tag));
if (highPriority.length > 0) {
  console.error(
    `bundle budget: these scripts would load before the styles (no fetchpriority="low"):\n${highPriority.join('\n')}`,
  );
  process.exit(1);
}

// What a browser that accepts brotli is sent instead (vite.config.ts precompressAssets): each
// file of 1 KB or more has its copy, and the copy is the file.
const sizes = { js: 0, css: 0 };
const brotli = { js: 0, css: 0 };
const lines = [];
for (const ref of new Set(refs)) {
  const file = path.join(out, ref.replace(/^\//, ''));
  const plain = fs.readFileSync(file);
  const gz = gzipSync(plain, { level: 9 }).length;
  const type = ref.endsWith('.css') ? 'css' : 'js';
  sizes[type] += gz;
  let br = gz;
  if (plain.length >= 1024) {
    if (!fs.existsSync(`${file}.br`)) {
      console.error(`bundle budget: ${ref} has no brotli copy (${ref}.br)`);
      process.exit(1);
    }
    const packed = fs.readFileSync(`${file}.br`);
    if (!brotliDecompressSync(packed).equals(plain)) {
      console.error(`bundle budget: ${ref}.br is not a copy of ${ref}`);
      process.exit(1);
    }
    br = packed.length;
  }
  brotli[type] += br;
  lines.push(
    `${(gz / 1024).toFixed(1).padStart(7)} KB  ${(br / 1024).toFixed(1).padStart(7)} KB br  ${ref}`,
  );
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(lines.join('\n'));
console.log(
  `first load: JavaScript ${kb(sizes.js)} of ${kb(budget.js)}, CSS ${kb(sizes.css)} of ${kb(budget.css)} (gzip); ${kb(brotli.js)} and ${kb(brotli.css)} sent as brotli`,
);
const over = ['js', 'css'].filter((t) => sizes[t] > budget[t]);
if (sizes.js === 0) {
  console.error(
    'bundle budget: found no entry script in index.html; is the build where it should be?',
  );
  process.exit(1);
}
if (over.length > 0) {
  console.error(
    `bundle budget exceeded: ${over.map((t) => `${t.toUpperCase()} ${kb(sizes[t])} > ${kb(budget[t])}`).join(', ')}`,
  );
  process.exit(1);
}
