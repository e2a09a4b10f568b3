import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { Site } from '../domain/telecom.js';
import { MeasureFeatures, type MeasureSource } from './measure-tiles.js';

const LAT = 21.005;

function createSquare(lng0: number, lng1: number): FeatureCollection<MultiPolygon> {
  const ring = [
    [lng0, 21.0],
    [lng1, 21.0],
    [lng1, 21.01],
    [lng0, 21.01],
    [lng0, 21.0],
  ];
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[ring]] } }],
  };
}

function createSite(id: string, operator: Site['operator'], lng: number): Site {
  return {
    id,
    operator,
    lng,
    lat: LAT,
    technologies: ['4G'],
    bands: ['B3'],
    heightM: 30,
    azimuthsDeg: [],
    onAir: null,
    onAir5g: null,
    rangeM: null,
    sample: true,
  };
}

/** A service whose covered tiles lie west of 105.81° E and its gaps east of it, whatever the choice. */
function createSource(sites: Site[] = []): MeasureSource & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    sites,
    drawn: {
      coveredTiles: (tech, op, at) => (asked.push(`covered ${tech} ${op} ${at}`), createSquare(105.8, 105.81)),
      gaps: (tech, op, at) => (asked.push(`gaps ${tech} ${op} ${at}`), createSquare(105.81, 105.82)),
    },
  };
}

const ROADS: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { highway: 'primary' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [105.805, LAT],
          [105.815, LAT],
        ],
      },
    },
  ],
};

describe('MeasureFeatures', () => {
  it('answers no road parts before the roads are loaded, then the covered and uncovered parts of the choice', async () => {
    const source = createSource();
    const measure = new MeasureFeatures(source, () => Promise.resolve(ROADS));
    const what = { kind: 'roads', tech: '5G', op: 'vnpt', level: 'indoor' } as const;
    expect(measure.features(what)).toBeNull();
    await measure.prepare('roads-5G-vnpt-indoor');
    expect(measure.features(what)?.features.map((f) => f.properties)).toEqual([
      { highway: 'primary', name: null, covered: true, tech: '5G', op: 'vnpt', level: 'indoor' },
      { highway: 'primary', name: null, covered: false, tech: '5G', op: 'vnpt', level: 'indoor' },
    ]);
    expect(source.asked).toEqual(['covered 5G vnpt indoor', 'gaps 5G vnpt indoor']);
  });

  it('reads the roads once for every road layer', async () => {
    let reads = 0;
    const measure = new MeasureFeatures(createSource(), () => (reads++, Promise.resolve(ROADS)));
    await Promise.all([measure.prepare('roads-5G-any'), measure.prepare('roads-4G-any')]);
    await measure.prepare('roads-5G-viettel');
    expect(reads).toBe(1);
  });

  it('reads nothing for the towers layer', async () => {
    let reads = 0;
    const measure = new MeasureFeatures(createSource(), () => (reads++, Promise.resolve(ROADS)));
    await measure.prepare('towers');
    expect(reads).toBe(0);
  });

  it('rejects with the loader’s message when the roads cannot be read, and tries again on the next call', async () => {
    let reads = 0;
    const measure = new MeasureFeatures(createSource(), () =>
      ++reads === 1 ? Promise.reject(new Error('roads.fgb: HTTP 404')) : Promise.resolve(ROADS),
    );
    await expect(measure.prepare('roads-5G-any')).rejects.toThrow('roads.fgb: HTTP 404');
    await measure.prepare('roads-5G-any');
    expect(reads).toBe(2);
  });

  it('draws the towers of the sites in use: two co-located operators on one tower', () => {
    const sites = [createSite('VT-1', 'viettel', 105.85), createSite('VN-1', 'vnpt', 105.85)];
    const fc = new MeasureFeatures(createSource(sites), () => Promise.resolve(ROADS)).features({ kind: 'towers' });
    expect(fc?.features.map((f) => [f.properties?.operators, f.properties?.siteIds])).toEqual([[2, 'VN-1 VT-1']]);
  });
});
