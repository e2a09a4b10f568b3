/**
 * The real-world corpus: files shaped as operators, OpenCelliD, Excel on Windows and QGIS write them
 * (`test/fixtures/real-world/`), each run through the app's own import path (`importAnyFile`, as the worker runs
 * it) and compared with its expected outcome: what was kept and every message, in both languages.
 *
 * A case is a file `<name>.<ext>`, an optional `<name>.<ext>.options.json` (`{ "kind", "coordinates", "footprint" }`)
 * and `<name>.<ext>.expected.json`. `REGEN=1 npx vitest run test/real-world.test.ts` rewrites the expected files;
 * read every regenerated file before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DataIssue } from '../src/domain/report.js';
import { importAnyFile, type ImportKindChoice } from '../src/data/import/import-file.js';
import type { SiteImportOptions } from '../src/data/import/types.js';

const DIR = join(import.meta.dirname, 'fixtures', 'real-world');
const SIDE = /\.(expected|options)\.json$/;
const cases = readdirSync(DIR)
  .filter((f) => !SIDE.test(f) && f !== 'README.md')
  .sort();

type CaseOptions = Omit<SiteImportOptions, 'source'> & { kind?: ImportKindChoice };

const issue = (i: DataIssue) => ({
  severity: i.severity,
  rule: i.rule,
  index: i.index,
  message: i.message,
  vi: i.vi ?? null,
});

/** What a person checks of an import: what was kept (counts and the first ids) and every message. */
function summarise(imported: unknown): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(imported as Record<string, unknown>)) {
    if (Array.isArray(value)) {
      const issues =
        value.length > 0 && value.every((v) => v && typeof v === 'object' && 'rule' in v && 'message' in v);
      if (issues) out[key] = (value as DataIssue[]).map(issue);
      else {
        out[`${key}Count`] = value.length;
        out[`${key}First`] = value.slice(0, 5).map((v) => summariseItem(v));
      }
    } else if (value && typeof value === 'object') out[key] = summarise(value);
    else out[key] = value;
  }
  return out;
}

/** An item kept: a site whole; a feature's properties and geometry type with its first position. */
function summariseItem(v: unknown): unknown {
  if (!v || typeof v !== 'object') return v;
  const f = v as { type?: string; geometry?: { type: string; coordinates: unknown }; properties?: unknown };
  if (f.type === 'Feature' || 'geometry' in f) {
    const first = JSON.stringify(f.geometry?.coordinates ?? null).slice(0, 80);
    return {
      ...(f.properties ? { properties: f.properties } : {}),
      ...v,
      geometry: `${f.geometry?.type ?? 'null'} ${first}`,
    };
  }
  return v;
}

describe('real-world corpus', () => {
  test('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const name of cases) {
    test(name, async () => {
      const path = join(DIR, name);
      const optionsPath = `${path}.options.json`;
      const { kind = 'auto', ...options }: CaseOptions = existsSync(optionsPath)
        ? JSON.parse(readFileSync(optionsPath, 'utf8'))
        : {};
      const bytes = readFileSync(path);
      let actual: unknown;
      try {
        actual = summarise(await importAnyFile(new Blob([bytes]), name, kind, options));
      } catch (err) {
        actual = { thrown: err instanceof Error ? err.message : String(err) };
      }
      const expectedPath = `${path}.expected.json`;
      if (process.env.REGEN) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      if (!existsSync(expectedPath))
        throw new Error(
          `${name}: no ${name}.expected.json — run REGEN=1 npx vitest run test/real-world.test.ts and read the file`,
        );
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
