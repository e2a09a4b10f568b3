import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { featureBlob } from './shown-layers.js';

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
