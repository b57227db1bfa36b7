import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin, Rolldown } from 'vite';
import type { FirstLoadList } from './src/boot-data';
import { defineConfig } from 'vitest/config';

/**
 * Writes /sw.js after the build (ADR 0020): service-worker/sw.js with this build's version and the
 * files index.html loads first (the app shell the worker keeps for offline use).
 */
export function serviceWorker(): Plugin {
  let outDir = '';
  return {
    name: 'helsebro-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
      const shell = [
        ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
        ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
        ...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
        ...html.matchAll(/<link[^>]*rel="icon"[^>]*href="([^"]+)"/g),
      ].map((m) => m[1]!);
      const version = createHash('sha256').update(html).digest('hex').slice(0, 12);
      const source = fs
        .readFileSync(path.join(import.meta.dirname, 'service-worker', 'sw.js'), 'utf8')
        .replace('__HELSEBRO_VERSION__', version)
        .replace('__HELSEBRO_SHELL__', JSON.stringify([...new Set(shell)]).replace(/'/g, "\\'"));
      fs.writeFileSync(path.join(outDir, 'sw.js'), source);
    },
  };
}

/**
 * A brotli copy (`<file>.br`, quality 11) of every script and style sheet under assets/ of at least
 * 1 KB, made once at build time (ADR 0030): the server sends it to a browser that accepts brotli
 * (platform/web/PrecompressedAssetsFilter.java) instead of gzipping the file on each request. The
 * first load is ~14 % smaller (the entry 134.6 to 116.2 KB, the styles 28.1 to 21.7 KB).
 */
export function precompressAssets(): Plugin {
  let outDir = '';
  return {
    name: 'helsebro-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const assets = path.join(outDir, 'assets');
      if (!fs.existsSync(assets)) return;
      for (const name of fs.readdirSync(assets)) {
        if (!/\.(js|css)$/.test(name)) continue;
        const file = path.join(assets, name);
        const plain = fs.readFileSync(file);
        if (plain.length < 1024) continue;
        const packed = brotliCompressSync(plain, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
            [zlib.BROTLI_PARAM_SIZE_HINT]: plain.length,
          },
        });
        fs.writeFileSync(`${file}.br`, packed);
      }
    },
  };
}

/**
 * src/boot.ts as a script of its own, first in index.html (ADR 0021). Vite merges every module
 * script of index.html into one entry, so boot.ts would start only once the whole entry (~350 kB)
 * had loaded and been parsed; on its own (a few hundred bytes, `async`) it starts restoring the
 * session while the entry still loads. It is a module script under /assets/, so the bundle budget
 * counts it and the service worker keeps it with the shell (ADR 0020).
 */
export function bootScript(): Plugin {
  const source = path.join(import.meta.dirname, 'src', 'boot.ts');
  let building = false;
  return {
    name: 'helsebro-boot',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (building) this.emitFile({ type: 'chunk', id: source, name: 'boot' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const built = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId === source,
        );
        const src = built ? `/${built.fileName}` : '/src/boot.ts';
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

/**
 * The app's scripts after the page's styles: the entry and its preloads ask for the connection
 * with `fetchpriority="low"`, so on a slow connection the styles (which the first paint waits for)
 * come first and index.html's header bar shows while the code is still on its way. The scripts are
 * modules (deferred): nothing waits for them before the first paint, and the page's content still
 * comes as soon as they have run.
 */
export function scriptsAfterStyles(): Plugin {
  return {
    name: 'helsebro-scripts-after-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<(script|link)\b[^>]*>/g, (tag) =>
          isDeferredAppScript(tag) && !/\sfetchpriority=/.test(tag)
            ? tag.replace(/^<(script|link)/, '<$1 fetchpriority="low"')
            : tag,
        ),
    },
  };
}

/**
 * The entry (a module script, deferred, not `async` as boot.ts is) or a module it preloads, in
 * whatever order Vite writes the attributes. scripts/bundle-budget.mjs checks the built
 * index.html with its own copy of this test, on purpose (the check does not trust the plugin): a
 * change here is made there too.
 */
function isDeferredAppScript(tag: string) {
  if (tag.startsWith('<link')) return /\srel="modulepreload"/.test(tag);
  return /\stype="module"/.test(tag) && /\ssrc=/.test(tag) && !/\sasync[\s>=]/.test(tag);
}

// The production build goes straight into the Maven module's classes so that the
// frontend jar carries it under /public, where the backend serves it from the classpath.
/**
 * The signed-in pages members most often open first (a link in a notification or mail, a
 * bookmark): the topic page, the forum's lists and finding a mentor (issue 14, ADR 0022).
 */
export const FIRST_PAGE_PATHS: Record<string, string> = {
  'src/features/forum/pages/topic-page.tsx': '^/forum/t/\\d+/?$',
  'src/features/forum/pages/list-pages.tsx':
    '^/(forum(/c/[^/]+)?|questions|stories|training|bookmarks)/?$',
  'src/features/mentoring/pages/find-mentor-page.tsx': '^/mentoring/?$',
};

/** The first pages' modules (the keys of FIRST_PAGE_PATHS, the paths that open each). */
export const FIRST_PAGES = Object.keys(FIRST_PAGE_PATHS);

/**
 * The text namespaces each first page loads with its code (forum/ and mentoring/routes.tsx), and
 * `search`: the header's search field, which every active member's page shows (MemberSearch), and
 * the first pages are members' pages. Asked for after the entry had run, its texts were the last
 * request before the page's content (Lighthouse's simulation, 2026-12-07-lh10.md).
 */
const MEMBER_HEADER_TEXTS = ['search'];
export const FIRST_PAGE_TEXTS: Record<string, string[]> = {
  'src/features/forum/pages/topic-page.tsx': ['forum', ...MEMBER_HEADER_TEXTS],
  'src/features/forum/pages/list-pages.tsx': ['forum', ...MEMBER_HEADER_TEXTS],
  'src/features/mentoring/pages/find-mentor-page.tsx': ['mentoring', ...MEMBER_HEADER_TEXTS],
};

/** Every guest's first page, whose own code is small: nothing it imports is grouped. */
export const HOME_PAGE = 'src/app/routes/home.tsx';

/** A plugin's config adding one of rolldown's chunk groups (Vite merges plugins' groups into one list). */
function codeSplittingGroup(group: Rolldown.CodeSplittingGroup) {
  return { build: { rolldownOptions: { output: { codeSplitting: { groups: [group] } } } } };
}

/**
 * Each first page's code in one or two chunks instead of fifteen (ADR 0022, 2026-12-06). Left to
 * itself, rolldown gives every module that several lazily loaded pages share a chunk of its own:
 * the topic page came as 14 chunks of 0.2–6 KB, which a phone on Slow 4G fetches over HTTP/1.1's
 * six connections in three or four round trips after the entry has run. This groups the app's own
 * modules (under src/, not the first load's) that a first page imports: those only one of them
 * imports go into that page's chunk, those several import into one `first-common` chunk. Other
 * pages that import one of these modules load its group's chunk (a few KB more, one request).
 * Packages are left to rolldown's own chunks: their modules are reached through a package's index,
 * which would pull the whole package in.
 */
export function firstPageChunks(pages = FIRST_PAGES): Plugin {
  const groupOf = new Map<string, string>();
  const isApp = (id: string) => /[\\/]src[\\/]/.test(id) && !/[\\/]node_modules[\\/]/.test(id);
  return {
    name: 'helsebro-first-page-chunks',
    apply: 'build',
    config: () =>
      codeSplittingGroup({
        name: (id: string) => groupOf.get(id) ?? null,
        debugName: 'first pages',
        // Only the modules named here; what they import stays where rolldown puts it.
        includeDependenciesRecursively: false,
      }),
    buildEnd() {
      // The app's modules reached from `from` through the app's own static imports.
      const reached = (from: string[], stop: Set<string> = new Set()) => {
        const seen = new Set<string>();
        const walk = (id: string) => {
          if (seen.has(id) || stop.has(id) || !isApp(id)) return;
          seen.add(id);
          this.getModuleInfo(id)?.importedIds.forEach(walk);
        };
        from.forEach(walk);
        return seen;
      };
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const firstLoad = reached(entries.flatMap((id) => this.getModuleInfo(id)?.importedIds ?? []));
      const readers = new Map<string, string[]>();
      const closures = new Map<string, Set<string>>();
      const pageIds = new Set(pages.map((p) => path.resolve(import.meta.dirname, p)));
      for (const page of pages) {
        const id = path.resolve(import.meta.dirname, page);
        if (!this.getModuleInfo(id)) this.error(`firstPageChunks: no module ${page}`);
        const name = path.basename(page).replace(/\.tsx?$/, '');
        closures.set(name, reached([id], firstLoad));
        for (const m of closures.get(name)!) readers.set(m, [...(readers.get(m) ?? []), name]);
      }
      // A module goes with its page only if nothing outside that page imports it: another page
      // (or a lazy import) asking for it would otherwise load that whole page with it. What the
      // home page (small, and every guest's first page) imports stays in rolldown's own chunks.
      const onlyWithin = (m: string, own: Set<string>) => {
        const info = this.getModuleInfo(m)!;
        return info.dynamicImporters.length === 0 && info.importers.every((i) => own.has(i));
      };
      const home = reached([path.resolve(import.meta.dirname, HOME_PAGE)], firstLoad);
      groupOf.clear();
      for (const [m, by] of readers) {
        if (by.length === 1 && (pageIds.has(m) || onlyWithin(m, closures.get(by[0]!)!))) {
          groupOf.set(m, by[0]!);
        } else if (!home.has(m)) {
          groupOf.set(m, 'first-common');
        }
      }
    },
  };
}

/** boot.ts and the one module it imports: a chunk of their own, apart from the entry. */
const BOOT_MODULES = /[\\/]src[\\/]boot(-data)?\.ts$/;

/**
 * Everything the entry loads before the first page in the entry chunk itself (rolldown's
 * `$initial` tag: main.tsx and its static imports), except boot.ts and boot-data.ts (ADR 0022,
 * 2026-12-07). Left to itself rolldown split off each module a lazy chunk shares with the entry
 * (React's JSX runtime, i18next, the API client, ...): index.html preloaded ten scripts of 1–18 KB
 * beside the entry. On Slow 4G over HTTP/1.1 each is a round trip on one of six connections, and
 * while it waits it takes its share of the bandwidth from the entry (Lighthouse's simulation:
 * the entry arrived 0.2–0.3 s later). boot.ts must stay out: if boot-data.ts were in the entry,
 * boot.ts would import the entry and run only after it, and the session, the page's code and its
 * data would start a second later (the cause of the reverted attempt of 2026-12-05).
 */
export function firstLoadChunk(): Plugin {
  return {
    name: 'helsebro-first-load-chunk',
    apply: 'build',
    config: () =>
      codeSplittingGroup({
        name: 'app',
        tags: ['$initial'],
        test: (id: string) => !BOOT_MODULES.test(id),
      }),
  };
}

/**
 * Lists in index.html, for each first page, the scripts and styles its route loads beyond what
 * index.html itself loads, and the chunk of each language's texts (ADR 0022, 2026-12-06): src/boot.ts
 * asks for the opened page's own and the texts the app starts with at once, so they travel beside
 * the entry instead of after it has arrived and run (about a second on a slow phone). A JSON data
 * block, `<script type="application/json" id="hb-first-pages">` ({@link FirstLoadList}).
 */
export function firstPageCode(pages = FIRST_PAGE_PATHS, texts = FIRST_PAGE_TEXTS): Plugin {
  return {
    name: 'helsebro-first-page-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('index.html'));
        if (!entry) return [];
        // A chunk and everything it imports statically, as index.html or a route's import loads it.
        const closure = (from: string) => {
          const seen = new Set<string>();
          const walk = (file: string) => {
            const chunk = bundle[file];
            if (seen.has(file) || chunk?.type !== 'chunk') return;
            seen.add(file);
            chunk.imports.forEach(walk);
          };
          walk(from);
          return seen;
        };
        const cssOf = (files: Set<string>) =>
          new Set(
            [...files].flatMap((f) => {
              const chunk = bundle[f];
              return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
            }),
          );
        const first = closure(entry.fileName);
        const firstCss = cssOf(first);
        const listed = Object.entries(pages).map(([page, pattern]) => {
          const id = path.resolve(import.meta.dirname, page);
          const own = chunks.find((c) => c.moduleIds.includes(id));
          if (!own) throw new Error(`firstPageCode: no chunk holds ${page}`);
          const files = [...closure(own.fileName)].filter((f) => !first.has(f));
          const css = [...cssOf(new Set(files))].filter((f) => !firstCss.has(f));
          return {
            path: pattern,
            js: files.map((f) => `/${f}`),
            css: css.map((f) => `/${f}`),
            texts: texts[page] ?? [],
          };
        });
        // Each language's namespaces: src/locales/<language>/<namespace>.json, a chunk each.
        const textChunks = Object.fromEntries(
          chunks.flatMap((c) => {
            const text = /[\\/]locales[\\/](\w+)[\\/](\w+)\.json$/.exec(c.facadeModuleId ?? '');
            return text ? [[`${text[1]}/${text[2]}`, `/${c.fileName}`]] : [];
          }),
        );
        const list: FirstLoadList = { pages: listed, texts: textChunks };
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: 'hb-first-pages' },
            children: JSON.stringify(list).replace(/</g, '\\u003c'),
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * React Router's package exports name only its development build (dist/development, with its
 * warnings and their messages) whatever the mode: remix-run/react-router#14102, still open. The
 * production build it ships beside it is what the app's build takes; tests and the dev server keep
 * the development build and its warnings.
 */
export function reactRouterProduction(): Plugin {
  return {
    name: 'helsebro-react-router-production',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^react-router$/,
            replacement: fileURLToPath(
              new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
            ),
          },
        ],
      },
    }),
  };
}

export default defineConfig({
  plugins: [
    react(),
    reactRouterProduction(),
    firstPageChunks(),
    firstLoadChunk(),
    bootScript(),
    firstPageCode(),
    scriptsAfterStyles(),
    serviceWorker(),
    precompressAssets(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'target/classes/public',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // The two large chunks: the entry with everything the first page needs (~445 kB, 141 KB
    // gzip; firstLoadChunk above) and the coordinators' dashboard (~410 kB, nearly all of it
    // recharts, which does not split further), loaded only on that page. The limit is set just
    // above the entry, so a new large chunk still warns.
    chunkSizeWarningLimit: 460,
    rolldownOptions: {
      // Designsystemet's React package does not declare itself free of side effects, so without
      // this every component ends up in the first page's bundle. Its web-component package does
      // have side effects (it registers elements and polyfills) and is left alone.
      treeshake: {
        moduleSideEffects: (id: string) =>
          !/node_modules\/@digdir\/designsystemet-react\/.*\.js$/.test(id),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/health': 'http://localhost:8080' },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // A test's stubbed fetch (stubApi) goes when the test ends, so no file needs to undo it.
    unstubGlobals: true,
    // Typing with user-event in jsdom takes seconds on a busy two-core machine; 5 s timed out there.
    testTimeout: 20_000,
  },
});
