import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkTree,
  countLines,
  findCycles,
  formatReport,
  problemCount,
  readAllowList,
  readImports,
  resolveImport,
} from './check-imports.js';

const roots: string[] = [];

/** Writes `files` (path relative to the root → content) into a fresh temporary folder and returns its path. */
function createTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'check-imports-'));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

/** A file of exactly `n` lines, each ending in a newline. */
const createLines = (n: number): string => 'export const x = 1;\n'.repeat(n);

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('checkTree', () => {
  it('lists a circle of value imports once, from its alphabetically first file', () => {
    const root = createTree({
      'src/analysis/b.ts': "import { a } from './a.js';\nexport const b = a;\n",
      'src/analysis/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'src/analysis/c.ts': "import { a } from './a.js';\nexport const c = a;\n",
    });
    expect(formatReport(checkTree(root))).toBe(
      'Import circles (1):\n' +
        '  src/analysis/a.ts → src/analysis/b.ts → src/analysis/a.ts\n' +
        'check-imports: 1 problem in 3 files\n',
    );
  });

  it('counts a circle of type-only imports and re-exports', () => {
    const root = createTree({
      'src/state/store.ts': "import type { Slice } from './slice.js';\nexport type Store = { s: Slice };\n",
      'src/state/slice.ts': "export type { Store } from './store.js';\nexport type Slice = number;\n",
    });
    expect(checkTree(root).cycles).toEqual([['src/state/slice.ts', 'src/state/store.ts', 'src/state/slice.ts']]);
  });

  it('follows dynamic imports and .js → .tsx in scripts/', () => {
    const root = createTree({
      'scripts/run.ts': "export const load = () => import('./view.js');\n",
      'scripts/view.tsx': "import { load } from './run.js';\nexport const v = load;\n",
    });
    expect(checkTree(root).cycles).toEqual([['scripts/run.ts', 'scripts/view.tsx', 'scripts/run.ts']]);
  });

  it('passes a clean tree, where a test in src/ may import test/', () => {
    const root = createTree({
      'src/domain/geo.ts': 'export type LngLat = [number, number];\n',
      'src/analysis/area.ts': "import type { LngLat } from '../domain/geo.js';\nexport const f = (p: LngLat) => p;\n",
      'src/analysis/area.test.ts': "import { f } from './area.js';\nimport { g } from '../../test/support/g.js';\n",
      'src/ui/App.tsx': "import React from 'react';\nimport table from './table.json';\nimport './app.css';\n",
      'test/support/g.ts': "import { f } from '../../src/analysis/area.js';\nexport const g = f;\n",
      'test/fixtures/case/weird.ts': "import { x } from './nowhere.js';\n",
      'scripts/check-imports.allow.json': '{ "dataTables": { "src/ui/i18n.ts": "translations" } }\n',
      'src/ui/i18n.ts': createLines(400),
    });
    const report = checkTree(root);
    expect(problemCount(report)).toBe(0);
    expect(formatReport(report)).toBe(
      'check-imports: 6 files, no import circles, no import from scripts/ or test/ in src/, ' +
        'no file over 300 lines but 1 data table\n',
    );
  });

  it('lists imports from scripts/ or test/ in src/ with file, line, specifier and target', () => {
    const root = createTree({
      'src/data/persist/store.ts': "\nimport { seed } from '../../../test/support/seed.js';\nexport const s = seed;\n",
      'src/data/load.ts': "import { opts } from '../../scripts/pipeline/options.js';\nexport const o = opts;\n",
      'src/data/load.test.ts': "import { opts } from '../../scripts/pipeline/options.js';\n",
      'test/support/seed.ts': 'export const seed = 1;\n',
      'scripts/pipeline/options.ts': 'export const opts = 1;\n',
    });
    expect(formatReport(checkTree(root))).toBe(
      'Imports from scripts/ or test/ in src/ (3):\n' +
        "  src/data/load.test.ts:1 '../../scripts/pipeline/options.js' → scripts/pipeline/options.ts\n" +
        "  src/data/load.ts:1 '../../scripts/pipeline/options.js' → scripts/pipeline/options.ts\n" +
        "  src/data/persist/store.ts:2 '../../../test/support/seed.js' → test/support/seed.ts\n" +
        'check-imports: 3 problems in 5 files\n',
    );
  });

  it('lists a file of 301 lines in src/, scripts/ or test/, not one of 300, nor a fixture', () => {
    const root = createTree({
      'src/map/long.ts': createLines(301),
      'src/map/full.ts': createLines(300),
      'scripts/bench/long.ts': createLines(350),
      'test/e2e/long.e2e.ts': createLines(500),
      'test/fixtures/case/long.ts': createLines(900),
    });
    expect(formatReport(checkTree(root))).toBe(
      'Files over 300 lines, not data tables (3):\n' +
        '  scripts/bench/long.ts: 350 lines\n' +
        '  src/map/long.ts: 301 lines\n' +
        '  test/e2e/long.e2e.ts: 500 lines\n' +
        'check-imports: 3 problems in 4 files\n',
    );
  });

  it('reports allowlist entries for a missing or short file', () => {
    const root = createTree({
      'scripts/check-imports.allow.json': JSON.stringify({
        dataTables: { 'src/ui/i18n.ts': 'translations', 'src/ui/gone.ts': 'moved away' },
      }),
      'src/ui/i18n.ts': createLines(120),
    });
    expect(formatReport(checkTree(root))).toBe(
      'Stale entries in scripts/check-imports.allow.json (2):\n' +
        '  src/ui/gone.ts: no such .ts/.tsx file\n' +
        '  src/ui/i18n.ts: 120 lines, not over 300\n' +
        'check-imports: 2 problems in 1 files\n',
    );
  });
});

describe('findCycles', () => {
  it('finds every elementary circle of a tangle once', () => {
    const graph = new Map([
      ['c', ['a']],
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['d', ['d']],
    ]);
    expect(findCycles(graph)).toEqual([
      ['a', 'b', 'a'],
      ['a', 'b', 'c', 'a'],
      ['d', 'd'],
    ]);
  });

  it('stops one past the cap, so that the caller can say the list is cut', () => {
    const graph = new Map([
      ['a', ['b', 'c', 'd']],
      ['b', ['a']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph, 1)).toEqual([
      ['a', 'b', 'a'],
      ['a', 'c', 'a'],
    ]);
  });
});

describe('readImports', () => {
  it('reads every import form with its line, skipping comments, strings and packages', () => {
    const text = [
      "import type { A } from './a.js';",
      "export * from '../b.js';",
      "// import { z } from './comment.js';",
      'const s = "import { y } from \'./string.js\'";',
      "import React from 'react';",
      "const m = await import('./d.js');",
      "type T = typeof import('./e.js');",
    ].join('\n');
    expect(readImports(text)).toEqual([
      { specifier: './a.js', line: 1 },
      { specifier: '../b.js', line: 2 },
      { specifier: './d.js', line: 6 },
      { specifier: './e.js', line: 7 },
    ]);
  });
});

describe('resolveImport', () => {
  const exists = (set: string[]) => (rel: string) => set.includes(rel);

  it('maps .js to .ts, then .tsx', () => {
    expect(resolveImport('src/ui/a.ts', '../map/b.js', exists(['src/map/b.ts']))).toBe('src/map/b.ts');
    expect(resolveImport('src/ui/a.ts', './B.js', exists(['src/ui/B.tsx']))).toBe('src/ui/B.tsx');
  });

  it('tries index files for a folder and returns an unknown target as written', () => {
    expect(resolveImport('src/ui/a.ts', '../map', exists(['src/map/index.ts']))).toBe('src/map/index.ts');
    expect(resolveImport('src/ui/a.ts', '../../test/x.js', exists([]))).toBe('test/x.js');
  });
});

describe('countLines', () => {
  it('counts a last line with or without its newline once', () => {
    expect([countLines(''), countLines('a'), countLines('a\n'), countLines('a\nb'), countLines('a\n\n')]).toEqual([
      0, 1, 1, 2, 2,
    ]);
  });
});

describe('readAllowList', () => {
  it('names the file and the entry whose reason is missing', () => {
    const root = createTree({ 'scripts/check-imports.allow.json': '{ "dataTables": { "src/ui/i18n.ts": "" } }' });
    expect(() => readAllowList(root)).toThrow(
      'scripts/check-imports.allow.json: dataTables["src/ui/i18n.ts"] must give the reason as a non-empty string',
    );
  });
});
