/**
 * The streaming site importer: text pushed in pieces cut anywhere gives exactly the one-shot result, and progress
 * counts characters and completed rows.
 */
import { describe, expect, test } from 'vitest';
import { readImportFixture } from '../../../test/support/import-fixtures.js';
import { createSiteImporter, importSitesText } from './import-sites.js';
import type { SiteImportOptions, SiteImportResult } from './types.js';

/** Imports `text` in pieces cut at `cuts` (character offsets). */
function importInPieces(text: string, cuts: readonly number[], options: SiteImportOptions): SiteImportResult {
  const importer = createSiteImporter(options);
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    importer.push(text.slice(from, cut));
    from = cut;
  }
  return importer.end();
}

describe('streaming', () => {
  const files = ['sites-bad-rows.csv', 'sites-excel-semicolon.csv', 'opencellid-mixed.csv'];

  test.each(files)(
    '%s: every single cut (inside quotes, between CR and LF, inside the BOM line) gives the one-shot result',
    (file) => {
      const text = readImportFixture(file);
      const whole = importSitesText(text, { source: file });
      for (let cut = 0; cut <= text.length; cut++) expect(importInPieces(text, [cut], { source: file })).toEqual(whole);
    },
  );

  test.each(files)('%s: one character at a time gives the one-shot result', (file) => {
    const text = readImportFixture(file);
    const cuts = Array.from({ length: text.length }, (_, i) => i + 1);
    expect(importInPieces(text, cuts, { source: file })).toEqual(importSitesText(text, { source: file }));
  });

  test('progress counts characters and completed rows', () => {
    const importer = createSiteImporter({ source: 'p.csv' });
    expect(importer.push('id,operator,lon,lat,tech\nA,Viettel,105.8,21,4G\nB,Vi')).toEqual({ chars: 51, rows: 1 });
    expect(importer.push('ettel,105.8,21,4G\n')).toEqual({ chars: 69, rows: 2 });
    expect(importer.end().report.accepted).toBe(2);
  });
});
