import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const FORBIDDEN_IMPORTS =
  /from ['"](react|react-dom|maplibre-gl|zustand)[/'"]|from ['"]\.\.\/(\.\.\/)?(ui|map|state|worker|data)\//;
// A global, not a property of the same name (`figure.window.from`).
const FORBIDDEN_GLOBALS = /(?<![.\w])(document|window|localStorage|fetch|XMLHttpRequest)\s*[.(]/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('src/analysis is the pure core', () => {
  const files = sources(DIR);
  it('has source files', () => expect(files.length).toBeGreaterThan(5));
  it.each(files.map((f) => [path.relative(DIR, f), f]))(
    '%s imports no framework, map, store or I/O module and touches no browser global',
    (_, file) => {
      const text = fs.readFileSync(file, 'utf8');
      expect(text).not.toMatch(FORBIDDEN_IMPORTS);
      expect(text).not.toMatch(FORBIDDEN_GLOBALS);
    },
  );
});
