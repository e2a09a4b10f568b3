import { describe, expect, it } from 'vitest';
import { importSitesText } from './import-sites.js';
import type { ImportedFile } from './import-file.js';
import { importMetaOf, partCounts, PREVIEW_SITES, readSummaryOf, storedImportOf } from './import-parts.js';

const rows = (n: number) => Array.from({ length: n }, (_, i) => `S${i},viettel,105.8,21.0${i % 10},4G,1800`).join('\n');
const sites = (text: string): ImportedFile & { kind: 'sites' } => ({
  kind: 'sites',
  result: importSitesText(`id,operator,lng,lat,tech,band\n${text}\n`, { source: 'tram.csv' }),
});

describe('import parts', () => {
  it('a read crosses to the page with its report and the first sites only', () => {
    const full = sites(`${rows(12)}\nBAD,nobody,105.8,21.0,4G,1800`);
    const summary = readSummaryOf(full);
    if (summary.kind !== 'sites') throw new Error('a site file');
    expect(summary.result.sites.map((s) => s.id)).toEqual(['S0', 'S1', 'S2', 'S3', 'S4'].slice(0, PREVIEW_SITES));
    expect(summary.result.report).toBe(full.result.report);
    expect(partCounts(summary)).toEqual(partCounts(full));
    expect(partCounts(full)).toMatchObject({ accepted: 12, rejectedRows: 1 });
    expect(full.result.sites).toHaveLength(12);
  });

  it('the stored import of a part, and what the page knows of it', () => {
    const stamp = { id: 'import-1', fileName: 'tram.csv', importedAt: '2026-12-05T00:00:00Z', mode: 'join' as const };
    const stored = storedImportOf(sites(rows(3)), stamp)!;
    expect(stored).toMatchObject({ ...stamp, kind: 'sites' });
    expect(importMetaOf(stored)).toEqual({ ...stamp, kind: 'sites', count: 3 });
    expect(storedImportOf(sites('BAD,nobody,105.8,21.0,4G,1800'), stamp)).toBeNull();
  });
});
