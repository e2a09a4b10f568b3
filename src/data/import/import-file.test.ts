import { describe, expect, it } from 'vitest';
import { fileKindOf, importSiteFile } from './import-file.js';
import { importSitesText } from './import-sites.js';
import { createBenchCsv } from '../../../test/support/site-csv.js';

describe('importing a site file in the worker', () => {
  it('tells the kind by the extension', () => {
    expect(['a.CSV', 'b.txt', 'c.geojson', 'd.json', 'e.fgb', 'f.xlsx'].map(fileKindOf)).toEqual([
      'delimited',
      'delimited',
      'geojson',
      'geojson',
      'flatgeobuf',
      null,
    ]);
  });

  it('streams a CSV in chunks with progress, giving what reading it whole gives', async () => {
    const text = createBenchCsv(3000);
    const blob = new Blob([text]);
    const seen: number[] = [];
    const streamed = await importSiteFile(blob, 'sites.csv', {}, (p) => seen.push(p.bytes));
    const whole = importSitesText(text, { source: 'sites.csv' });
    expect(streamed.sites).toEqual(whole.sites);
    expect(streamed.report).toEqual({
      ...whole.report,
      encoding: expect.objectContaining({ encoding: 'utf-8', bom: true }),
    });
    expect(seen.at(-1)).toBe(blob.size);
  });

  it('reads again from the start as Windows-1258 when strict UTF-8 fails in a later chunk', async () => {
    const header = new TextEncoder().encode('id,operator,lng,lat,technologies\n');
    const rows = new TextEncoder().encode(
      Array.from({ length: 40 }, (_, i) => `A${i},viettel,105.85,21.03,4G\n`).join(''),
    );
    // `Hà Nội 02` in Windows-1258: `à` is E0, `ộ` is `ô` (F4) then the dot below (F2).
    const last = [
      0x48,
      0xe0,
      0x20,
      0x4e,
      0xf4,
      0xf2,
      0x69,
      0x20,
      0x30,
      0x32,
      ...new TextEncoder().encode(',vnpt,105.86,21.04,4G\n'),
    ];
    const r = await importSiteFile(new Blob([header, rows, Uint8Array.from(last)]), 's.csv', {});
    expect(r.report.encoding?.encoding).toBe('windows-1258');
    expect([r.report.rows, r.sites.length]).toEqual([41, 41]);
    expect(r.sites.at(-1)?.id).toBe('Hà Nội 02');
    expect(r.report.encoding?.reason.en).toContain('line 42 (byte offset 1144: E0 20) is not valid UTF-8');
    expect(r.report.warnings.map((w) => w.rule)).toEqual(['encoding-windows-1258']);
  });

  it('reads GeoJSON by its extension, and by its first character when the name says nothing', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [105.85, 21.03] },
          properties: { id: 'g1', operator: 'viettel', technologies: '4G' },
        },
      ],
    };
    const text = JSON.stringify(fc);
    for (const name of ['sites.geojson', 'sites.dat']) {
      const r = await importSiteFile(new Blob([text]), name, {});
      expect(r.report.format).toBe('geojson');
      expect(r.sites.map((s) => s.id)).toEqual(['g1']);
    }
  });
});
