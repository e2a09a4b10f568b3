/**
 * Helpers for the importers' tests (site lists, OpenCelliD, GeoJSON sites, coverage polygons, cable segments,
 * speed tests): the fixture files in `test/fixtures/import/` and compact views of the issues an import reports.
 */
import { readFileSync } from 'node:fs';

/** Folder of the importers' fixtures, relative to the repository root (where vitest runs). */
export const IMPORT_FIXTURES = 'test/fixtures/import/';

/** The text of the import fixture `file` (UTF-8). */
export function readImportFixture(file: string): string {
  return readFileSync(IMPORT_FIXTURES + file, 'utf8');
}

/** Each issue as `[rule, index, message]`: `index` is the feature's position in its file from 0, or `null`. */
export function issueMessages(
  issues: readonly { rule: string; index: number | null; message: string }[],
): (string | number | null)[][] {
  return issues.map((i) => [i.rule, i.index, i.message]);
}

/** The `[English message, Vietnamese text]` pair of each issue, in order; `vi` is `undefined` when it has none. */
export function issueTexts(issues: readonly { message: string; vi?: string }[]): [string, string | undefined][] {
  return issues.map((i) => [i.message, i.vi]);
}
