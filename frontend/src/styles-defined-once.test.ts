// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

/**
 * Vite loads a feature's stylesheet with its page, and it stays loaded: a class that two sheets
 * define looks one way until the other page has been opened, and another way after (a mentor's
 * facts were 433 px wide at 360 px once the forum's sheet had loaded). So each class is defined
 * in one sheet only; what several features use lives in styles.css.
 */

interface Sheet {
  file: string;
  css: string;
}

/**
 * The Helsebro classes a selector styles: those of its last compound selector (what it selects),
 * not those it is scoped by or those inside :not(), :is() and the like.
 */
function classesStyled(selector: string): string[] {
  let plain = selector;
  for (let before = ''; before !== plain;) {
    before = plain;
    plain = plain.replace(/\([^()]*\)/g, '');
  }
  const subject =
    plain
      .split(/\s*[\s>+~]\s*/)
      .filter(Boolean)
      .pop() ?? '';
  return [...subject.matchAll(/\.(hb-[\w-]+)/g)].map((m) => m[1] ?? '');
}

/** Each class that more than one sheet styles, with those sheets. */
function definedInSeveral(sheets: Sheet[]): Record<string, string[]> {
  const where = new Map<string, Set<string>>();
  for (const { file, css } of sheets) {
    postcss.parse(css, { from: file }).walkRules((rule) => {
      // Keyframe steps (from, 50 %) are rules too, without classes.
      for (const selector of rule.selectors) {
        for (const name of classesStyled(selector)) {
          where.set(name, (where.get(name) ?? new Set()).add(file));
        }
      }
    });
  }
  return Object.fromEntries(
    [...where].filter(([, files]) => files.size > 1).map(([name, files]) => [name, [...files]]),
  );
}

function appFiles(dir: string, ending: RegExp): Sheet[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return appFiles(full, ending);
    if (!ending.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return [{ file: path.relative(import.meta.dirname, full), css: fs.readFileSync(full, 'utf8') }];
  });
}

const appSheets = (dir: string) => appFiles(dir, /\.css$/);

/** A file's feature (`features/forum`), or '' for the app's shared code and styles.css. */
const featureOf = (file: string) =>
  /^features\/[^/]+/.exec(file.split(path.sep).join('/'))?.[0] ?? '';

/**
 * Classes that code uses but that only another feature's sheet defines: they are styled only
 * once that feature's page has been opened. Shared code's classes belong in styles.css, a
 * feature's in styles.css or its own sheet.
 */
function styledElsewhere(sheets: Sheet[], code: Sheet[]): string[] {
  const home = new Map<string, string>();
  for (const { file, css } of sheets) {
    postcss.parse(css, { from: file }).walkRules((rule) => {
      for (const selector of rule.selectors)
        for (const name of classesStyled(selector)) home.set(name, file);
    });
  }
  return code.flatMap(({ file, css: source }) =>
    [...new Set(source.match(/\bhb-[\w-]*\w/g) ?? [])].flatMap((name) => {
      const sheet = home.get(name);
      if (!sheet || sheet === 'styles.css' || featureOf(sheet) === featureOf(file)) return [];
      return [`${file} uses ${name}, defined in ${sheet}`];
    }),
  );
}

describe('stylesheets', () => {
  it('reads what a selector styles, not what scopes it', () => {
    expect(classesStyled('.hb-card .hb-tags')).toEqual(['hb-tags']);
    expect(classesStyled('ul.hb-tags')).toEqual(['hb-tags']);
    expect(classesStyled('.hb-insight-totals dd')).toEqual([]);
    expect(classesStyled('.hb-post > .hb-actions:hover')).toEqual(['hb-actions']);
    expect(classesStyled('.hb-link:not(.hb-muted)')).toEqual(['hb-link']);
    expect(classesStyled('.hb-a:is(:hover, .hb-b:focus-visible) + .hb-c.hb-d')).toEqual([
      'hb-c',
      'hb-d',
    ]);
  });

  it('finds a class two sheets define, also inside @media, and not one only scoped', () => {
    const found = definedInSeveral([
      { file: 'a.css', css: '.hb-pager { gap: 1rem } .hb-list .hb-muted { color: red }' },
      {
        file: 'b.css',
        css: '/* .hb-muted */ @media (max-width: 30rem) { .hb-pager { gap: 0 } } .hb-muted dd {}',
      },
    ]);
    expect(found).toEqual({ 'hb-pager': ['a.css', 'b.css'] });
  });

  it('finds a class that code uses but only another feature’s sheet defines', () => {
    const sheets = [
      { file: 'styles.css', css: '.hb-muted {}' },
      { file: path.join('features', 'forum', 'forum.css'), css: '.hb-filter {} .hb-topics {}' },
    ];
    const code = [
      { file: path.join('components', 'ui', 'f.tsx'), css: '<div className="hb-filter hb-muted">' },
      { file: path.join('features', 'forum', 'l.tsx'), css: "cx('hb-topics', 'hb-filter')" },
      { file: path.join('features', 'search', 's.tsx'), css: '`hb-topics hb-nowhere`' },
    ];
    expect(styledElsewhere(sheets, code)).toEqual([
      `${code[0]!.file} uses hb-filter, defined in ${sheets[1]!.file}`,
      `${code[2]!.file} uses hb-topics, defined in ${sheets[1]!.file}`,
    ]);
  });

  it('style the classes of shared code in styles.css, and no feature with another’s sheet', () => {
    const code = appFiles(import.meta.dirname, /\.tsx?$/);
    expect(code.length).toBeGreaterThan(100);
    expect(styledElsewhere(appSheets(import.meta.dirname), code)).toEqual([]);
  });

  it('define each of the app’s classes in one sheet', () => {
    const sheets = appSheets(import.meta.dirname);
    expect(sheets.map((s) => s.file)).toContain('styles.css');
    expect(sheets.length).toBeGreaterThan(5);
    expect(definedInSeveral(sheets)).toEqual({});
  });
});
