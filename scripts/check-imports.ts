/**
 * Checks what ESLint's per-file rules cannot see: the import graph as a whole and the size of files.
 *
 * - Import circles among the .ts/.tsx files of `src/`, `scripts/` and `test/`, each listed once as
 *   `a.ts → b.ts → a.ts`, starting at its alphabetically first file.
 * - Imports from `scripts/` or `test/` in `src/` (a `*.test.ts(x)` in `src/` may import `test/`: the shared
 *   fixtures and helpers live in `test/support/`).
 * - Files of `src/`, `scripts/` and `test/` (fixtures aside) over {@link MAX_LINES} lines that are not data tables named, with a reason,
 *   in {@link ALLOW_FILE}; an entry there for a missing or short file is reported too, so the list cannot rot.
 *
 * The layers themselves (domain ← analysis ← … ← ui) are checked by `no-restricted-imports` in eslint.config.js.
 *
 * Usage: `tsx scripts/check-imports.ts` (checks this repository wherever it is run from). Prints every problem
 * and exits 1 if there is any, else prints one line and exits 0.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Folders read, relative to the repository root. */
export const ROOTS = ['src', 'scripts', 'test'] as const;
/** Longest allowed file, in lines, anywhere in {@link ROOTS} (tests included); data tables excepted. */
export const MAX_LINES = 300;
/** The data tables allowed over {@link MAX_LINES}: `{ "dataTables": { "<path>": "<why it is a table>" } }`. */
export const ALLOW_FILE = 'scripts/check-imports.allow.json';
/** Circles listed at most; a tangle beyond this is reported as such rather than enumerated for minutes. */
export const MAX_CYCLES = 200;

/** One relative import of one file. */
export type ImportRef = {
  /** The specifier as written: `'../ui/i18n.js'`. */
  specifier: string;
  /** 1-based line of the specifier. */
  line: number;
};

/** An import in `src/` that reaches into `scripts/` or `test/`. */
export type OutOfBounds = { file: string; line: number; specifier: string; target: string };

/** What {@link checkTree} found. Paths are relative to the root, with `/` separators. */
export type ImportReport = {
  /** .ts/.tsx files read. */
  files: number;
  /** Each circle once, first file repeated at the end: `['a.ts', 'b.ts', 'a.ts']`. */
  cycles: string[][];
  /** True when more than {@link MAX_CYCLES} circles exist and only the first were listed. */
  cyclesTruncated: boolean;
  outOfBounds: OutOfBounds[];
  /** Files over {@link MAX_LINES} lines that the allowlist does not name. */
  longFiles: { file: string; lines: number }[];
  /** Allowlist entries for files that are missing or no longer over the limit. */
  staleAllowed: { file: string; problem: string }[];
  /** Allowlist entries in use. */
  dataTables: number;
};

/** Folders never read: dependencies, dot folders, test output and the data cases under test/fixtures/. */
function skipDir(rel: string): boolean {
  const name = path.posix.basename(rel);
  return name === 'node_modules' || name.startsWith('.') || rel === 'test/output' || /^test\/fixtures\/./.test(rel);
}

/** The .ts/.tsx files under {@link ROOTS}, sorted, relative to `root` with `/` separators. */
export function listSourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skipDir(child)) walk(child);
      } else if (/\.tsx?$/.test(entry.name)) out.push(child);
    }
  };
  for (const dir of ROOTS) if (existsSync(path.join(root, dir))) walk(dir);
  return out.sort();
}

/**
 * The relative imports of a file: `import`, `import type`, `export … from`, side-effect imports and dynamic
 * `import('…')` (also in type positions), read by TypeScript's scanner so comments and strings are skipped.
 */
export function readImports(text: string): ImportRef[] {
  const lineOf = (pos: number): number => text.slice(0, pos).split('\n').length;
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.filter((f) => f.fileName.startsWith('./') || f.fileName.startsWith('../'))
    .map((f) => ({ specifier: f.fileName, line: lineOf(f.pos) }));
}

/**
 * Where a relative specifier of `from` lands, as the bundler resolves it: `./x.js` → `x.ts`, `x.tsx` or `x.js`;
 * no extension → `x.ts`, `x.tsx`, `x/index.ts`, `x/index.tsx`. A target that exists nowhere is returned as
 * written (normalised), so an import into `test/` is still seen for what it is.
 */
export function resolveImport(from: string, specifier: string, exists: (rel: string) => boolean): string {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier.replace(/\?.*$/, '')));
  const js = /\.(m?)js$/.exec(target);
  const stem = js ? target.slice(0, -js[0].length) : target;
  const candidates = js
    ? [`${stem}.${js[1]}ts`, `${stem}.tsx`, target]
    : /\.[a-z]+$/i.test(path.posix.basename(target))
      ? [target]
      : [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`, `${target}/index.tsx`];
  return candidates.find(exists) ?? target;
}

/**
 * Every elementary circle of a directed graph, by Johnson's algorithm ("Finding all the elementary circuits of a
 * directed graph", SIAM J. Comput. 4(1), 1975): from each node in sorted order, the circles through it that use
 * only later nodes, so each is found once and starts at its smallest node.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>, max = MAX_CYCLES): string[][] {
  const nodes = [...graph.keys()].sort();
  const cycles: string[][] = [];
  for (let i = 0; i < nodes.length && cycles.length <= max; i++) {
    const start = nodes[i]!;
    const allowed = new Set(nodes.slice(i));
    const next = (v: string): string[] => (graph.get(v) ?? []).filter((w) => allowed.has(w));
    const blocked = new Set<string>();
    const blockers = new Map<string, Set<string>>();
    const stack: string[] = [];
    const unblock = (v: string): void => {
      blocked.delete(v);
      const waiting = blockers.get(v);
      blockers.delete(v);
      for (const w of waiting ?? []) if (blocked.has(w)) unblock(w);
    };
    const circuit = (v: string): boolean => {
      let found = false;
      stack.push(v);
      blocked.add(v);
      for (const w of next(v)) {
        if (cycles.length > max) break;
        if (w === start) {
          cycles.push([...stack, start]);
          found = true;
        } else if (!blocked.has(w) && circuit(w)) found = true;
      }
      if (found) unblock(v);
      else for (const w of next(v)) blockers.set(w, (blockers.get(w) ?? new Set()).add(v));
      stack.pop();
      return found;
    };
    circuit(start);
  }
  return cycles;
}

/** Lines as an editor counts them: a final newline does not start another line. */
export function countLines(text: string): number {
  if (text === '') return 0;
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

/** Reads {@link ALLOW_FILE} under `root`: data-table path → reason. A missing file allows nothing. */
export function readAllowList(root: string): Map<string, string> {
  const file = path.join(root, ALLOW_FILE);
  if (!existsSync(file)) return new Map();
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const tables = typeof json === 'object' && json !== null ? (json as Record<string, unknown>)['dataTables'] : null;
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) {
    throw new Error(`${ALLOW_FILE}: expected { "dataTables": { "<path>": "<reason>" } }`);
  }
  const allowed = new Map<string, string>();
  for (const [key, reason] of Object.entries(tables)) {
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new Error(`${ALLOW_FILE}: dataTables["${key}"] must give the reason as a non-empty string`);
    }
    allowed.set(key, reason);
  }
  return allowed;
}

const isSrcTest = (file: string): boolean => /\.test\.tsx?$/.test(file);

/** Reads the tree under `root` and runs every check. */
export function checkTree(root: string): ImportReport {
  const files = listSourceFiles(root);
  const known = new Set(files);
  const exists = (rel: string): boolean => known.has(rel) || existsSync(path.join(root, rel));
  const allowed = readAllowList(root);
  const graph = new Map<string, string[]>();
  const outOfBounds: OutOfBounds[] = [];
  const longFiles: ImportReport['longFiles'] = [];
  const lineCounts = new Map<string, number>();

  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    // Type-only imports are edges too: a circle of types still means neither module can be understood, moved
    // or split without the other, and `import type` turns into a value import with one edit.
    const targets = new Set<string>();
    for (const ref of readImports(text)) {
      const target = resolveImport(file, ref.specifier, exists);
      if (known.has(target) && target !== file) targets.add(target);
      const outside = /^(scripts|test)\//.test(target) && !(isSrcTest(file) && target.startsWith('test/'));
      if (file.startsWith('src/') && outside)
        outOfBounds.push({ file, line: ref.line, specifier: ref.specifier, target });
    }
    graph.set(file, [...targets].sort());
    const lines = countLines(text);
    lineCounts.set(file, lines);
    if (lines > MAX_LINES && !allowed.has(file)) longFiles.push({ file, lines });
  }

  const staleAllowed: ImportReport['staleAllowed'] = [];
  for (const file of [...allowed.keys()].sort()) {
    const lines = lineCounts.get(file);
    if (lines === undefined) staleAllowed.push({ file, problem: 'no such .ts/.tsx file' });
    else if (lines <= MAX_LINES) staleAllowed.push({ file, problem: `${lines} lines, not over ${MAX_LINES}` });
  }

  const cycles = findCycles(graph);
  return {
    files: files.length,
    cycles: cycles.slice(0, MAX_CYCLES),
    cyclesTruncated: cycles.length > MAX_CYCLES,
    outOfBounds,
    longFiles,
    staleAllowed,
    dataTables: allowed.size - staleAllowed.length,
  };
}

/** Problems in a report; 0 means the tree passes. */
export function problemCount(r: ImportReport): number {
  return r.cycles.length + r.outOfBounds.length + r.longFiles.length + r.staleAllowed.length;
}

/** The report as printed: one section per kind of problem, then a summary line. */
export function formatReport(r: ImportReport): string {
  const total = problemCount(r);
  if (total === 0) {
    return (
      `check-imports: ${r.files} files, no import circles, no import from scripts/ or test/ in src/, ` +
      `no file over ${MAX_LINES} lines but ${r.dataTables} data table${r.dataTables === 1 ? '' : 's'}\n`
    );
  }
  const out: string[] = [];
  const section = (title: string, lines: string[]): void => {
    if (lines.length > 0) out.push(`${title}:`, ...lines.map((l) => `  ${l}`));
  };
  const circles = r.cyclesTruncated ? `more than ${MAX_CYCLES}, the first ${MAX_CYCLES}` : `${r.cycles.length}`;
  section(
    `Import circles (${circles})`,
    r.cycles.map((c) => c.join(' → ')),
  );
  section(
    `Imports from scripts/ or test/ in src/ (${r.outOfBounds.length})`,
    r.outOfBounds.map((o) => `${o.file}:${o.line} '${o.specifier}' → ${o.target}`),
  );
  section(
    `Files over ${MAX_LINES} lines, not data tables (${r.longFiles.length})`,
    r.longFiles.map((f) => `${f.file}: ${f.lines} lines`),
  );
  section(
    `Stale entries in ${ALLOW_FILE} (${r.staleAllowed.length})`,
    r.staleAllowed.map((s) => `${s.file}: ${s.problem}`),
  );
  out.push(`check-imports: ${total} problem${total === 1 ? '' : 's'} in ${r.files} files`);
  return `${out.join('\n')}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const report = checkTree(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
  process.stdout.write(formatReport(report));
  process.exitCode = problemCount(report) === 0 ? 0 : 1;
}
