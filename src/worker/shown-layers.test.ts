import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { featureBlob, siteDensity } from './shown-layers.js';

const point = (i: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [105.8 + i / 1e6, 21] },
  properties: { id: `S${i}`, name: 'Trạm "Hoàn Kiếm"' },
});

describe('featureBlob', () => {
  it.each([0, 1, 20_000, 20_001, 45_123])('%i features make one valid FeatureCollection, in order', async (n) => {
    const fc = JSON.parse(await featureBlob(n, point).text()) as { type: string; features: Feature[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(n);
    if (n > 0) expect(fc.features.at(-1)).toEqual(point(n - 1));
    if (n > 20_000) expect(fc.features[20_000]).toEqual(point(20_000));
  });
});

describe('siteDensity', () => {
  const site = (id: string, lng: number, lat: number, five = false) => ({
    id,
    operator: 'viettel' as const,
    lng,
    lat,
    technologies: five ? (['4G', '5G'] as const) : (['4G'] as const),
    bands: ['B3' as const],
    heightM: 30,
    azimuthsDeg: [],
    onAir: null,
    onAir5g: null,
    rangeM: null,
    sample: false,
  });

  it('counts the sites per 0.01° cell, at the cell centre, 5G apart, rows then columns', () => {
    const cells = siteDensity([
      site('a', 105.8512, 21.0301, true),
      site('b', 105.8599, 21.0399),
      site('c', 105.8601, 21.0301),
      site('d', 105.8401, 21.0201, true),
    ] as never);
    expect(cells.map((c) => [c.geometry, c.properties])).toEqual([
      [
        { type: 'Point', coordinates: [105.845, 21.025] },
        { count: 1, count5g: 1 },
      ],
      [
        { type: 'Point', coordinates: [105.855, 21.035] },
        { count: 2, count5g: 1 },
      ],
      [
        { type: 'Point', coordinates: [105.865, 21.035] },
        { count: 1, count5g: 0 },
      ],
    ]);
  });
});
