// @vitest-environment node
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';
import { codeForPage, startTexts, textsToLoad, type FirstLoadList } from '../boot-data';
import config, {
  bootScript,
  FIRST_PAGES,
  firstLoadChunk,
  firstPageChunks,
  firstPageCode,
  HOME_PAGE,
} from '../../vite.config';

type Chunk = Rolldown.OutputChunk;

/**
 * The app built as for production, in memory, with or without the first pages' grouping, and
 * with or without the first load in one chunk (boot.ts apart).
 */
function chunks(grouped: boolean, oneFirstLoad = false): Promise<{ all: Chunk[]; html: string }> {
  // Each build once for the whole file: both describe blocks compare against the grouped one.
  const key = `${grouped} ${oneFirstLoad}`;
  let built = builds.get(key);
  if (!built) builds.set(key, (built = buildChunks(grouped, oneFirstLoad)));
  return built;
}
const builds = new Map<string, Promise<{ all: Chunk[]; html: string }>>();

async function buildChunks(
  grouped: boolean,
  oneFirstLoad: boolean,
): Promise<{ all: Chunk[]; html: string }> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: path.resolve(import.meta.dirname, '..', '..'),
    resolve: config.resolve,
    plugins: [
      react(),
      ...(grouped ? [firstPageChunks(), firstPageCode()] : []),
      ...(oneFirstLoad ? [firstLoadChunk(), bootScript()] : []),
    ],
    build: { ...config.build, write: false, emptyOutDir: false },
  });
  const outputs = Array.isArray(output) ? output : [output];
  const files = outputs.flatMap((o) => ('output' in o ? o.output : []));
  const html = files.find((f) => f.type === 'asset' && f.fileName === 'index.html');
  return {
    all: files.filter((c) => c.type === 'chunk'),
    html: html?.type === 'asset' ? String(html.source) : '',
  };
}

/** The chunk index.html loads as the app's entry. */
function entryOf(all: Chunk[]) {
  return all.find((c) => c.isEntry && c.facadeModuleId?.endsWith('index.html'))!;
}

/** The scripts a page's chunk brings that the first load (the entry and its imports) has not. */
function scriptsOf(all: Chunk[], page: string) {
  const byName = new Map(all.map((c) => [c.fileName, c]));
  const closure = (from: Chunk, into = new Set<string>()) => {
    if (into.has(from.fileName)) return into;
    into.add(from.fileName);
    for (const i of from.imports) closure(byName.get(i)!, into);
    return into;
  };
  const firstLoad = closure(entryOf(all));
  const chunk = all.find((c) => c.moduleIds.some((id) => id.endsWith(page)))!;
  return { entry: firstLoad, page: [...closure(chunk)].filter((f) => !firstLoad.has(f)) };
}

describe('the first pages come in a few chunks (vite.config.ts firstPageChunks, ADR 0022)', () => {
  let grouped: Chunk[];
  let plain: Chunk[];
  let html: string;
  beforeAll(async () => {
    const [g, p] = [await chunks(true), await chunks(false)];
    [grouped, plain, html] = [g.all, p.all, g.html];
  }, 120_000);

  it.each(FIRST_PAGES)(
    '%s brings its app code in two scripts (besides what the home page loads), fewer in all',
    (page) => {
      const appCode = (all: Chunk[]) => {
        const home = new Set(scriptsOf(all, HOME_PAGE).page);
        const files = new Set(scriptsOf(all, page).page.filter((f) => !home.has(f)));
        return all.filter(
          (c) => files.has(c.fileName) && c.moduleIds.some((id) => !id.includes('node_modules')),
        );
      };
      expect(appCode(grouped).length).toBeGreaterThan(0);
      expect(appCode(grouped).length).toBeLessThanOrEqual(2);
      expect(scriptsOf(grouped, page).page.length).toBeLessThan(scriptsOf(plain, page).page.length);
    },
  );

  it("is one of the production build's plugins", () => {
    const names = (config.plugins ?? []).flat().map((p) => (p && 'name' in p ? p.name : null));
    expect(names).toContain(firstPageChunks().name);
    expect(names).toContain(firstPageCode().name);
    expect(names).toContain(firstLoadChunk().name);
  });

  it("index.html lists each first page's own scripts and styles, found by its paths (boot.ts)", () => {
    const block = /<script type="application\/json" id="hb-first-pages">([^<]*)<\/script>/.exec(
      html,
    );
    const list = JSON.parse(block?.[1] ?? '{}') as FirstLoadList;
    const listed = list.pages;
    expect(listed).toHaveLength(FIRST_PAGES.length);
    // Every language's start texts and the first pages' texts, each one of the build's chunks.
    const files = new Set(grouped.map((c) => `/${c.fileName}`));
    for (const language of ['nb', 'nn', 'en']) {
      const page = codeForPage(listed, '/forum/t/12');
      const wanted = textsToLoad(list, language, page);
      // The start texts, the topic page's own and the header search's (every member's page).
      expect(wanted, language).toHaveLength(startTexts.length + 2);
      expect(wanted, language).toContain(list.texts[`${language}/search`]);
      for (const file of wanted) expect(files.has(file), file).toBe(true);
      expect(textsToLoad(list, language, codeForPage(listed, '/mentoring'))).toContain(
        list.texts[`${language}/mentoring`],
      );
    }
    const linked = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
      (m) => m[1],
    );
    const opened = {
      'src/features/forum/pages/topic-page.tsx': ['/forum/t/12', '/forum/t/12/'],
      'src/features/forum/pages/list-pages.tsx': [
        '/forum',
        '/forum/c/journal',
        '/questions',
        '/bookmarks',
      ],
      'src/features/mentoring/pages/find-mentor-page.tsx': ['/mentoring'],
    };
    expect(Object.keys(opened).sort()).toEqual([...FIRST_PAGES].sort());
    for (const [page, paths] of Object.entries(opened)) {
      const own = scriptsOf(grouped, page).page.map((f) => `/${f}`);
      for (const p of paths) {
        const code = codeForPage(listed, p);
        expect(code?.js.slice().sort(), p).toEqual(own.slice().sort());
        // Styles the route would add, none that index.html links already.
        expect(
          code?.css.some((c) => linked.includes(c)),
          p,
        ).toBe(false);
      }
    }
    expect(codeForPage(listed, '/forum/t/12')?.css.length).toBeGreaterThan(0);
    for (const p of ['/', '/about', '/forum/new', '/forum/t/12/edit', '/mentoring/mine']) {
      expect(codeForPage(listed, p), p).toBeUndefined();
    }
  });

  it("the home page, a guest's first, loads no more scripts than without the grouping", () => {
    expect(scriptsOf(grouped, HOME_PAGE).page.length).toBe(scriptsOf(plain, HOME_PAGE).page.length);
  });

  it('the topic page came in more than twice as many scripts without the grouping', () => {
    const page = 'src/features/forum/pages/topic-page.tsx';
    expect(scriptsOf(plain, page).page.length).toBeGreaterThan(
      2 * scriptsOf(grouped, page).page.length,
    );
  });

  it('leaves the first load as it was: the same scripts, no first page code in it', () => {
    // File names carry a hash of the content, which names the pages' chunks: compare the names.
    const names = (all: Chunk[]) => {
      const { entry } = scriptsOf(all, FIRST_PAGES[0]!);
      return all
        .filter((c) => entry.has(c.fileName))
        .map((c) => c.name)
        .sort();
    };
    expect(names(grouped)).toEqual(names(plain));
    expect(names(grouped).some((n) => /first-common|topic-page|list-pages/.test(n))).toBe(false);
  });
});

describe('the first load in one chunk, boot.ts apart (vite.config.ts firstLoadChunk, ADR 0022)', () => {
  let one: Chunk[];
  let split: Chunk[];
  beforeAll(async () => {
    [one, split] = [(await chunks(true, true)).all, (await chunks(true)).all];
  }, 120_000);

  it('index.html loads the entry alone: it imports no other chunk', () => {
    const entry = entryOf(one);
    expect(entry.imports).toEqual([]);
    // Without it the first load came as many scripts, each a round trip on Slow 4G.
    expect(scriptsOf(split, FIRST_PAGES[0]!).entry.size).toBeGreaterThan(5);
  });

  it('boot.ts imports nothing: it never waits for the entry, which it is there to run before', () => {
    const boot = one.find((c) => c.facadeModuleId?.endsWith('/src/boot.ts'))!;
    expect(boot.imports).toEqual([]);
    expect(boot.dynamicImports).toEqual([]);
    expect(boot.moduleIds.some((id) => id.endsWith('/src/boot-data.ts'))).toBe(true);
  });

  it('the first pages keep their own chunks, outside the entry', () => {
    const entry = entryOf(one);
    for (const page of FIRST_PAGES) {
      expect(
        entry.moduleIds.some((id) => id.endsWith(page)),
        page,
      ).toBe(false);
      expect(scriptsOf(one, page).page.length, page).toBeGreaterThan(0);
    }
  });
});
