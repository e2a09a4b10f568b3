import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { CoverageService } from '../analysis/coverage-service.js';
import type { Manifest, ManifestLayer } from '../domain/report.js';
import { writeFgb } from './fgb-write.js';
import type { DataSource } from './load-layers.js';
import { loadServiceInput, type SERVICE_LAYER_IDS } from './load-service-input.js';

/** A square of `side` degrees centred on `[lng, lat]`. */
function square(lng: number, lat: number, side: number): Geometry {
  const h = side / 2;
  const ring = [
    [lng - h, lat - h],
    [lng + h, lat - h],
    [lng + h, lat + h],
    [lng - h, lat + h],
    [lng - h, lat - h],
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

const feature = (properties: Record<string, unknown>, geometry: Geometry): Feature => ({
  type: 'Feature',
  properties,
  geometry,
});

/** The layers of a tiny data folder: one area per level around Hoàn Kiếm, two site rows (one refused). */
function createLayers(): Record<(typeof SERVICE_LAYER_IDS)[number], FeatureCollection> {
  const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  const area = square(105.85, 21.03, 0.02);
  const site = (id: string, operator: string): Feature =>
    feature(
      { id, operator, technologies: '4G 5G', bands: 'B3 n78', rangeM: 600 },
      { type: 'Point', coordinates: [105.85, 21.03] },
    );
  return {
    'units-2025': fc([feature({ code: '00070', name: 'Hoàn Kiếm' }, area)]),
    'districts-2019': fc([feature({ code: '002', name: 'Hoàn Kiếm' }, area)]),
    'wards-2019': fc([feature({ code: '00037', name: 'Hàng Bạc', population: 10_000 }, area)]),
    zones: fc([feature({ id: 'z1', name: 'Phố cổ', category: 'hi_tech_park', confidence: 'high' }, area)]),
    sites: fc([site('s1', 'viettel'), site('s2', 'no-such-operator')]),
    'speed-tests': fc([]),
    cables: fc([]),
  };
}

/** A data source over the layers written as FlatGeobuf, with the manifest listing them. */
function createSource(layers: Record<string, FeatureCollection>): { source: DataSource; manifest: Manifest } {
  const files = new Map<string, Uint8Array>();
  const entries: ManifestLayer[] = Object.entries(layers).map(([id, fc]) => {
    const bytes = writeFgb(fc);
    files.set(`${id}.fgb`, bytes);
    const entry = { id, file: `${id}.fgb`, featureCount: fc.features.length, vintage: '2025-07-01' };
    return { ...entry, source: 'test', licence: 'test', sample: true, sha256: '', bytes: bytes.length };
  });
  const manifest: Manifest = {
    generatedAt: '2026-01-01T00:00:00Z',
    inputHash: '',
    sampleSeed: 1,
    layers: entries,
    leftOut: [],
    repairs: {},
    warnings: [],
  };
  const source: DataSource = {
    getBytes: async (path) => {
      const bytes = files.get(path);
      if (!bytes) throw new Error(`${path}: no such file`);
      return bytes;
    },
  };
  return { source, manifest };
}

describe('loadServiceInput', () => {
  it('reads every layer of the analysis into the service input', async () => {
    const { source, manifest } = createSource(createLayers());
    const { input } = await loadServiceInput(source, manifest);
    expect(input.units.features.map((f) => f.properties?.code)).toEqual(['00070']);
    expect(input.districts.features.map((f) => f.properties?.code)).toEqual(['002']);
    expect(input.wards.features.map((f) => [f.properties?.code, f.properties?.population])).toEqual([
      ['00037', 10_000],
    ]);
    expect(input.zones.features.map((f) => f.properties?.id)).toEqual(['z1']);
    expect(input.siteRows.map((r) => [r.id, r.lng, r.lat])).toEqual([
      ['s1', 105.85, 21.03],
      ['s2', 105.85, 21.03],
    ]);
    expect(input.siteSource).toBe('sites.fgb');
    expect(input.speedTests.features).toEqual([]);
    expect(input.cables.features).toEqual([]);
  });

  it('checks the sample sites once: the sample holds the sites kept and the issues of those refused', async () => {
    const { source, manifest } = createSource(createLayers());
    const { input, sample } = await loadServiceInput(source, manifest);
    expect(sample.sites.map((s) => [s.id, s.operator, s.technologies])).toEqual([['s1', 'viettel', ['4G', '5G']]]);
    expect(sample.siteIssues.map((i) => [i.file, i.key])).toEqual([['sites.fgb', 's2']]);
    expect(input.checkedSites?.sites).toEqual(sample.sites);
    expect(input.checkedSites?.issues).toEqual(sample.siteIssues);
  });

  it('gives init the same results as the unchecked rows would', async () => {
    const { source, manifest } = createSource(createLayers());
    const { input } = await loadServiceInput(source, manifest);
    const { checkedSites, ...rowsOnly } = input;
    expect(checkedSites?.sites).toHaveLength(1);
    const withCheck = new CoverageService().init(input);
    const withoutCheck = new CoverageService().init(rowsOnly);
    expect(withCheck.areas).toEqual(withoutCheck.areas);
    expect(withCheck.issues).toEqual(withoutCheck.issues);
  });

  it('rejects with the manifest message when a layer is missing', async () => {
    const layers = Object.entries(createLayers()).filter(([id]) => id !== 'cables');
    const { source, manifest } = createSource(Object.fromEntries(layers));
    await expect(loadServiceInput(source, manifest)).rejects.toThrow(
      'manifest.json: no layer "cables" (have: units-2025, districts-2019, wards-2019, zones, sites, speed-tests)',
    );
  });
});
