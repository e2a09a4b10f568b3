import { describe, expect, it } from 'vitest';
import { fileKindOf, importSiteFile } from './import-file.js';
import { importSitesText } from '../data/import/import-sites.js';
import { createBenchCsv } from '../data/import/bench-import.js';

describe('importing a site file in the worker', () => {
  it('tells the kind by the extension', () => {
    expect(['a.CSV', 'b.txt', 'c.geojson', 'd.json', 'e.fgb', 'f.xlsx'].map(fileKindOf)).toEqual(['delimited', 'delimited', 'geojson', 'geojson', 'flatgeobuf', null]);
  });

  it('streams a CSV in chunks with progress, giving what reading it whole gives', async () => {
    const text = createBenchCsv(3000);
    const blob = new Blob([text]);
    const seen: number[] = [];
    const streamed = await importSiteFile(blob, 'sites.csv', {}, (p) => seen.push(p.bytes));
    const whole = importSitesText(text, { source: 'sites.csv' });
    expect(streamed.sites).toEqual(whole.sites);
    expect(streamed.report).toEqual(whole.report);
    expect(seen.at(-1)).toBe(blob.size);
  });

  it('reads GeoJSON by its extension, and by its first character when the name says nothing', async () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [105.85, 21.03] }, properties: { id: 'g1', operator: 'viettel', technologies: '4G' } }] };
    const text = JSON.stringify(fc);
    for (const name of ['sites.geojson', 'sites.dat']) {
      const r = await importSiteFile(new Blob([text]), name, {});
      expect(r.report.format).toBe('geojson');
      expect(r.sites.map((s) => s.id)).toEqual(['g1']);
    }
  });
});
